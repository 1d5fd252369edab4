import { Stack } from '@mui/material';
import { maxLength, required, TextInput } from 'react-admin';

const KEY = 'regflow.diary.form';

const TIME_LABEL_PROPS = { inputLabel: { shrink: true } } as const;

/** Blocked time's hours inside its session, and why. */
export function BlockFormFields() {
  return (
    <Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
        <TextInput source="startTime" type="time" label={`${KEY}.start_time`} validate={required()} slotProps={TIME_LABEL_PROPS} />
        <TextInput source="endTime" type="time" label={`${KEY}.end_time`} validate={required()} slotProps={TIME_LABEL_PROPS} />
      </Stack>
      <TextInput source="reason" label={`${KEY}.reason`} helperText={`${KEY}.reason_help`} validate={[required(), maxLength(200)]} />
    </Stack>
  );
}
