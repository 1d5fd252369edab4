import { Stack } from '@mui/material';
import { useMemo } from 'react';
import { CheckboxGroupInput, DateInput, required, SelectInput, useTranslate } from 'react-admin';
import { useOffices, useRegistrars } from '../../reference-data/use-reference-data';
import { APPOINTMENT_TYPE_CHOICES } from './session-choices';
import { TELEPHONE_CHOICE } from './session-form';
import { WallClockRangeInputs } from './WallClockRangeInputs';

const KEY = 'regflow.diary.form';

/** The office field shows "Telephone" for the API's `officeId: null`, and sends null back. */
const formatOffice = (officeId: string | null | undefined) => (officeId === null ? TELEPHONE_CHOICE : (officeId ?? ''));
const parseOffice = (choice: string) => (choice === TELEPHONE_CHOICE ? null : choice);
/** null is a choice here (telephone), so `required()` would refuse it. */
const officeChosen = (officeId: string | null | undefined) => (officeId === undefined || officeId === '' ? 'ra.validation.required' : undefined);

interface SessionFormFieldsProps {
  /** Managers open sessions in anyone's diary; registrars only in their own. */
  readonly chooseRegistrar: boolean;
}

/** A session's day, hours, place and the appointment types it takes. */
export function SessionFormFields({ chooseRegistrar }: SessionFormFieldsProps) {
  const translate = useTranslate();
  const offices = useOffices();
  const registrars = useRegistrars({ enabled: chooseRegistrar });
  const officeChoices = useMemo(
    () => [{ id: TELEPHONE_CHOICE, name: translate(`${KEY}.telephone`) }, ...(offices.data ?? []).map(({ id, name }) => ({ id, name }))],
    [offices.data, translate],
  );

  return (
    <Stack>
      {chooseRegistrar && (
        <SelectInput
          source="registrarId"
          label={`${KEY}.registrar`}
          choices={registrars.data ?? []}
          isPending={registrars.isPending}
          translateChoice={false}
          validate={required()}
        />
      )}
      <DateInput source="day" label={`${KEY}.day`} validate={required()} />
      <WallClockRangeInputs />
      <SelectInput
        source="officeId"
        label={`${KEY}.office`}
        choices={officeChoices}
        isPending={offices.isPending}
        translateChoice={false}
        format={formatOffice}
        parse={parseOffice}
        validate={officeChosen}
        helperText={`${KEY}.office_help`}
      />
      <CheckboxGroupInput source="acceptedTypes" label={`${KEY}.accepted_types`} choices={APPOINTMENT_TYPE_CHOICES} validate={required()} />
    </Stack>
  );
}
