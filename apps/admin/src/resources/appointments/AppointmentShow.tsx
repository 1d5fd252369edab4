import type { AppointmentResponse, RequestResponse } from '@regflow/contracts';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Identifier, ReferenceField, Show, SimpleShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { LondonDate, LondonDateField } from '../../dates/LondonDate';
import { AuditTrail } from '../audit/AuditTrail';
import { TranslatedField, YesNoField } from '../shared/choices';
import { LoadingState } from '../shared/list-states';
import { MODE_MESSAGES, STATUS_MESSAGES } from './appointment-choices';
import { MoveAppointmentButton } from './MoveAppointmentButton';

const KEY = 'regflow.lists.appointments.show';

/** One appointment (the route's, or `id`): when and where (and, while booked, a way to move it), its status, the resident's contact details, notes, its request and (for managers) its audit trail. */
export function AppointmentShow({ id }: { readonly id?: Identifier }) {
  return (
    <Show resource="appointments" id={id} loading={<LoadingState />}>
      <AppointmentDetails />
    </Show>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const translate = useTranslate();
  return (
    <SimpleShowLayout>
      <Typography component="h2" variant="h6">
        {translate(title)}
      </Typography>
      {children}
    </SimpleShowLayout>
  );
}

function AppointmentDetails() {
  const translate = useTranslate();
  const appointment = useRecordContext<AppointmentResponse>();
  // Those who may not edit a request (admins) read it here, with no link to a page they cannot open.
  const { canAccess: mayEditRequest } = useCanAccess({ resource: 'requests', action: 'edit' });
  if (!appointment) return null;
  return (
    <>
      <Typography component="h1" variant="h5" sx={{ px: 2, pt: 2 }}>
        {translate(`${KEY}.heading`, { reference: appointment.reference })}
      </Typography>
      <Section title={`${KEY}.appointment`}>
        <LondonDateField source="startsAt" format="day-time" />
        <LondonDateField source="endsAt" format="time" />
        <ReferenceField source="type" reference="appointment-types" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TranslatedField source="status" messages={STATUS_MESSAGES} />
        <LondonDateField source="statusChangedAt" empty={translate(`${KEY}.not_changed`)} />
        <ReferenceField source="registrarId" reference="staff" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="officeId" reference="offices" link={false} emptyText="regflow.lists.appointments.telephone">
          <TextField source="name" />
        </ReferenceField>
        <TranslatedField source="mode" messages={MODE_MESSAGES} />
        <LondonDateField source="createdAt" />
        <LondonDateField source="registeredAt" empty={translate(`${KEY}.not_registered`)} />
      </Section>
      <Box sx={{ px: 2 }}>
        <MoveAppointmentButton />
      </Box>
      <Section title={`${KEY}.resident`}>
        <TextField source="residentName" />
        <TextField source="residentEmail" emptyText={`${KEY}.not_given`} />
        <TextField source="residentPhone" emptyText={`${KEY}.not_given`} />
        <TextField source="notes" emptyText={`${KEY}.no_notes`} sx={{ whiteSpace: 'pre-wrap' }} />
      </Section>
      <Section title={`${KEY}.request`}>
        <ReferenceField source="requestId" reference="requests" link={mayEditRequest ? 'edit' : false} emptyText={`${KEY}.request_unknown`}>
          <RequestSummary />
        </ReferenceField>
      </Section>
      <AuditTrail entity="appointment" entityId={String(appointment.id)} />
    </>
  );
}

/** The request behind the appointment: when it was made, its first offer and whether that was within target. */
function RequestSummary() {
  const translate = useTranslate();
  const request = useRecordContext<RequestResponse>();
  if (!request) return null;
  return (
    <span>
      {translate(`${KEY}.request_made`)} <LondonDate value={request.requestedAt} />; {translate(`${KEY}.first_offer`)}{' '}
      <LondonDate value={request.firstOfferStartsAt} empty={translate('regflow.lists.requests.no_offer')} />; {translate(`${KEY}.within_target`)}{' '}
      <YesNoField source="offeredWithinTarget" />
    </span>
  );
}
