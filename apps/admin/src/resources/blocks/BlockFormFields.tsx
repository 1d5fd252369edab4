import { Stack } from '@mui/material';
import { maxLength, required, TextInput } from 'react-admin';
import { WallClockRangeInputs } from '../sessions';

const KEY = 'regflow.diary.form';

/** Blocked time's hours inside its session, and why. */
export function BlockFormFields() {
  return (
    <Stack>
      <WallClockRangeInputs />
      <TextInput source="reason" label={`${KEY}.reason`} helperText={`${KEY}.reason_help`} validate={[required(), maxLength(200)]} />
    </Stack>
  );
}
