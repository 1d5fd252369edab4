import type { SuspensionResponse } from '@regflow/contracts';
import { Create, Edit, ReferenceField, TextField } from 'react-admin';
import { LondonDateField } from '../../dates/LondonDate';
import { LoadingState } from '../shared/list-states';
import { ResourceDatagrid, ResourceList } from '../shared/ResourceList';
import { SuspensionForm, toSuspensionChange } from './SuspensionForm';

/** Online booking paused by type and days, latest first; managers add, change and end them. */
export function SuspensionList() {
  return (
    <ResourceList<SuspensionResponse> title="regflow.lists.suspensions.title" sort={{ field: 'fromDay', order: 'DESC' }}>
      <ResourceDatagrid rowClick="edit">
        <ReferenceField source="typeCode" reference="appointment-types" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <LondonDateField source="fromDay" format="day" />
        <LondonDateField source="toDay" format="day" />
        <TextField source="message" />
      </ResourceDatagrid>
    </ResourceList>
  );
}

export function SuspensionCreate() {
  return (
    <Create<SuspensionResponse> transform={toSuspensionChange} redirect="list">
      <SuspensionForm heading="regflow.lists.suspensions.create_heading" />
    </Create>
  );
}

export function SuspensionEdit() {
  return (
    <Edit<SuspensionResponse> mutationMode="pessimistic" transform={toSuspensionChange} redirect="list" loading={<LoadingState />}>
      <SuspensionForm heading="regflow.lists.suspensions.edit_heading" />
    </Edit>
  );
}
