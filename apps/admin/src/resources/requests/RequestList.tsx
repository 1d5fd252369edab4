import type { RequestResponse } from '@regflow/contracts';
import { BooleanInput, DateInput, ReferenceField, ReferenceInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { LondonDateField } from '../../dates/LondonDate';
import { TranslatedField } from '../shared/choices';
import { ResourceDatagrid, ResourceList } from '../shared/ResourceList';
import { CHANNEL_CHOICES, CHANNEL_MESSAGES } from './request-choices';
import { requestCsv } from './request-csv';
import { AppointmentLinkField, DateOfDeathMissingField, WithinTargetField } from './request-fields';

/** Switched on, the list keeps to deaths with no date of death; switched off, the filter goes. */
const onlyWhenOn = (on: boolean) => (on ? true : null);

const requestFilters = [
  <ReferenceInput key="typeCode" source="typeCode" reference="appointment-types" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="channel" source="channel" choices={CHANNEL_CHOICES} alwaysOn />,
  <DateInput key="serviceDay_gte" source="serviceDay_gte" alwaysOn />,
  <DateInput key="serviceDay_lte" source="serviceDay_lte" alwaysOn />,
  <BooleanInput key="eventDateMissing" source="eventDateMissing" parse={onlyWhenOn} alwaysOn />,
];

/** Requests, newest first, with their deadline, first offer and whether it was within target. */
export function RequestList() {
  const translate = useTranslate();
  return (
    <ResourceList<RequestResponse>
      resource="requests"
      title="regflow.lists.requests.title"
      filters={requestFilters}
      sort={{ field: 'requestedAt', order: 'DESC' }}
      csv={requestCsv}
    >
      <ResourceDatagrid rowClick="edit" wideOnly={['channel', 'eventDateMissing']}>
        <LondonDateField source="serviceDay" />
        <ReferenceField source="typeCode" reference="appointment-types" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TranslatedField source="channel" messages={CHANNEL_MESSAGES} sortable={false} />
        <LondonDateField source="deadline" sortable={false} />
        <LondonDateField source="firstOfferStartsAt" sortable={false} empty={translate('regflow.lists.requests.no_offer')} />
        <WithinTargetField source="offeredWithinTarget" sortable={false} />
        <AppointmentLinkField source="appointmentId" sortable={false} />
        <DateOfDeathMissingField source="eventDateMissing" sortable={false} />
      </ResourceDatagrid>
    </ResourceList>
  );
}
