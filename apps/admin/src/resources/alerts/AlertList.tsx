import type { AlertResponse } from '@regflow/contracts';
import { BooleanInput, ReferenceField, SelectInput, TextField } from 'react-admin';
import { LondonDateField } from '../../dates/LondonDate';
import { TranslatedField } from '../shared/choices';
import { ResourceDatagrid, ResourceList } from '../shared/ResourceList';
import { alertCsv } from './alert-csv';
import { KIND_CHOICES, KIND_MESSAGES } from './alert-choices';
import { ResolvedField } from './alert-fields';
import { ResolveButton } from './ResolveButton';

/** "Show resolved alerts too" over the `open` filter: on, the filter goes; off, only open alerts. */
const showsResolved = (open: unknown) => open !== true;
const openOnlyUnless = (showResolved: boolean) => (showResolved ? null : true);

const alertFilters = [
  <BooleanInput key="open" source="open" label="regflow.lists.alerts.show_resolved" format={showsResolved} parse={openOnlyUnless} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
];

/** Alerts for staff to act on, open ones only until asked for the resolved, newest first. */
export function AlertList() {
  return (
    <ResourceList<AlertResponse>
      resource="alerts"
      title="regflow.lists.alerts.title"
      filters={alertFilters}
      filterDefaultValues={{ open: true }}
      sort={{ field: 'raisedAt', order: 'DESC' }}
      csv={alertCsv}
    >
      <ResourceDatagrid rowClick={false} wideOnly={['kind']}>
        <LondonDateField source="raisedAt" />
        <TranslatedField source="kind" messages={KIND_MESSAGES} />
        <TextField source="summary" sortable={false} />
        <ReferenceField source="appointmentId" reference="appointments" link="show" sortable={false} emptyText="">
          <TextField source="reference" />
        </ReferenceField>
        <ResolvedField source="resolvedAt" sortable={false} />
        <ResolveButton label="regflow.lists.actions" />
      </ResourceDatagrid>
    </ResourceList>
  );
}
