import type { SaveSuspensionRequest, SuspensionResponse } from '@regflow/contracts';
import { Typography } from '@mui/material';
import { DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';

const KEY = 'regflow.lists.suspensions';

/** Only what `POST`/`PUT /api/suspensions` take. */
export function toSuspensionChange({ typeCode, fromDay, toDay, message }: SuspensionResponse | SaveSuspensionRequest): SaveSuspensionRequest {
  return { typeCode, fromDay, toDay, message };
}

/** A last day before the first is a mistake the form can name before the server does. */
export function validateSuspension(values: Partial<SaveSuspensionRequest>): Record<string, string> {
  return values.fromDay && values.toDay && values.toDay < values.fromDay ? { toDay: `${KEY}.to_before_from` } : {};
}

/** The type, the first and last day (inclusive), and what residents are told instead of the booking pages; `heading` is an i18n key. */
export function SuspensionForm({ heading }: { readonly heading: string }) {
  const translate = useTranslate();
  return (
    <SimpleForm validate={validateSuspension}>
      <Typography component="h1" variant="h5">
        {translate(heading)}
      </Typography>
      <ReferenceInput source="typeCode" reference="appointment-types" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" optionValue="code" validate={required()} />
      </ReferenceInput>
      <DateInput source="fromDay" validate={required()} />
      <DateInput source="toDay" validate={required()} />
      <TextInput source="message" multiline minRows={3} fullWidth validate={required()} helperText={`${KEY}.message_hint`} />
    </SimpleForm>
  );
}
