import type { AppointmentResponse } from '@regflow/contracts';
import { DateInput, ReferenceField, ReferenceInput, SelectInput, TextField, TextInput } from 'react-admin';
import { londonDayOf } from '../../dates/london';
import { LondonDateField } from '../../dates/LondonDate';
import { TranslatedField } from '../shared/choices';
import { ResourceDatagrid, ResourceList } from '../shared/ResourceList';
import { BY_NAME, MODE_CHOICES, MODE_MESSAGES, STATUS_CHOICES, STATUS_MESSAGES } from './appointment-choices';
import { appointmentCsv } from './appointment-csv';

const appointmentFilters = [
  <TextInput key="q" source="q" alwaysOn />,
  <DateInput key="day_gte" source="day_gte" alwaysOn />,
  <DateInput key="day_lte" source="day_lte" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="offices" sort={BY_NAME} perPage={100} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="registrarId" source="registrarId" reference="staff" sort={BY_NAME} perPage={200} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="typeCode" source="typeCode" reference="appointment-types" sort={BY_NAME} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="mode" source="mode" choices={MODE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
];

/** Appointments from today on (London), soonest first, filtered by days, office, registrar, type, how (telephone or face to face), status or a search. */
export function AppointmentList() {
  return (
    <ResourceList<AppointmentResponse>
      resource="appointments"
      title="regflow.lists.appointments.title"
      filters={appointmentFilters}
      filterDefaultValues={{ day_gte: londonDayOf(Date.now()) }}
      sort={{ field: 'startsAt', order: 'ASC' }}
      csv={appointmentCsv}
    >
      <ResourceDatagrid rowClick="show" wideOnly={['mode', 'registrarId']}>
        <LondonDateField source="startsAt" />
        <TextField source="reference" />
        <ReferenceField source="type" reference="appointment-types" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="residentName" sortable={false} />
        <ReferenceField source="registrarId" reference="staff" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="officeId" reference="offices" link={false} sortable={false} emptyText="regflow.lists.appointments.telephone">
          <TextField source="name" />
        </ReferenceField>
        <TranslatedField source="mode" messages={MODE_MESSAGES} sortable={false} />
        <TranslatedField source="status" messages={STATUS_MESSAGES} />
      </ResourceDatagrid>
    </ResourceList>
  );
}
