import type { RequestResponse, UpdateRequestRequest } from '@regflow/contracts';
import { Typography } from '@mui/material';
import { BooleanInput, DateInput, DateTimeInput, Edit, Labeled, ReferenceField, SaveButton, SimpleForm, TextField, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { fromLondonDateTimeInput, toLondonDateTimeInput } from '../../dates/london';
import { LondonDateField } from '../../dates/LondonDate';
import { LoadingState } from '../shared/list-states';
import { WithinTargetField } from './request-fields';

const KEY = 'regflow.lists.requests.edit';

/** Only what `PUT /api/requests/:id` takes: the rest of the record stays as the server has it. */
export function toRequestChange({ eventDate, coronerReferral, paperworkReadyAt }: RequestResponse): UpdateRequestRequest {
  return { eventDate: eventDate || null, coronerReferral, paperworkReadyAt: paperworkReadyAt || null };
}

/** What the request's `eventDate` is the date of. */
function eventDateLabel(typeCode: RequestResponse['typeCode']): string {
  if (typeCode === 'death') return `${KEY}.event_date.death`;
  return typeCode === 'birth' || typeCode === 'still-birth' ? `${KEY}.event_date.birth` : `${KEY}.event_date.other`;
}

/** The date of the event, a coroner referral, or when still-birth paperwork was in place: facts that move the figures. The route's request, or `id`. */
export function RequestEdit({ id }: { readonly id?: string }) {
  return (
    <Edit<RequestResponse> resource="requests" id={id} mutationMode="pessimistic" transform={toRequestChange} redirect="list" loading={<LoadingState />}>
      <RequestForm />
    </Edit>
  );
}

function RequestForm() {
  const translate = useTranslate();
  const request = useRecordContext<RequestResponse>();
  if (!request) return null;
  return (
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton label={`${KEY}.save`} />
        </Toolbar>
      }
    >
      <Typography component="h1" variant="h5">
        {translate(`${KEY}.heading`)}
      </Typography>
      <Labeled source="typeCode">
        <ReferenceField source="typeCode" reference="appointment-types" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </Labeled>
      <Labeled source="serviceDay">
        <LondonDateField source="serviceDay" />
      </Labeled>
      <Labeled source="offeredWithinTarget">
        <WithinTargetField source="offeredWithinTarget" />
      </Labeled>
      <DateInput source="eventDate" label={eventDateLabel(request.typeCode)} helperText={`${KEY}.event_date_hint`} />
      {request.typeCode === 'death' ? <BooleanInput source="coronerReferral" helperText={`${KEY}.coroner_hint`} /> : null}
      {request.typeCode === 'still-birth' ? (
        <DateTimeInput source="paperworkReadyAt" format={toLondonDateTimeInput} parse={fromLondonDateTimeInput} helperText={`${KEY}.paperwork_hint`} />
      ) : null}
    </SimpleForm>
  );
}
