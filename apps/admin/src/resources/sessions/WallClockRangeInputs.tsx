import { Stack } from '@mui/material';
import { required, TextInput } from 'react-admin';

const KEY = 'regflow.diary.form';

const TIME_LABEL_PROPS = { inputLabel: { shrink: true } } as const;

/** From and To (`HH:mm`, London) side by side: a session's hours, or blocked time's inside one. */
export function WallClockRangeInputs() {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
      <TextInput source="startTime" type="time" label={`${KEY}.start_time`} validate={required()} slotProps={TIME_LABEL_PROPS} />
      <TextInput source="endTime" type="time" label={`${KEY}.end_time`} validate={required()} slotProps={TIME_LABEL_PROPS} />
    </Stack>
  );
}
