import { Box, Stack, TextField } from '@mui/material';
import type { OfficeResponse, StaffResponse } from '@regflow/contracts';
import { useTranslate } from 'react-admin';
import { visuallyHidden } from '../visually-hidden';
import type { DiaryPlace } from './use-diary-place';

const KEY = 'regflow.diary.filters';

interface DiaryFiltersProps {
  readonly place: DiaryPlace;
  readonly offices: readonly OfficeResponse[];
  readonly registrars: readonly StaffResponse[];
  readonly onChangePlace: (change: Partial<DiaryPlace>) => void;
}

/** A manager's choice of office and registrar; nothing chosen shows everyone's. */
export function DiaryFilters({ place, offices, registrars, onChangePlace }: DiaryFiltersProps) {
  const translate = useTranslate();
  const worksAt = (officeId: string | undefined) => (registrar: StaffResponse) => !officeId || registrar.officeIds.includes(officeId);
  const changeOffice = (officeId: string | undefined) => {
    const registrarStays = registrars.some((registrar) => registrar.id === place.registrarId && worksAt(officeId)(registrar));
    onChangePlace({ officeId, ...(registrarStays ? {} : { registrarId: undefined }) });
  };
  return (
    <Stack component="fieldset" direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
      <Box component="legend" sx={visuallyHidden}>
        {translate(`${KEY}.label`)}
      </Box>
      <TextField
        select
        size="small"
        label={translate(`${KEY}.office`)}
        value={place.officeId ?? ''}
        onChange={(event) => changeOffice(event.target.value || undefined)}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{translate(`${KEY}.all_offices`)}</option>
        {offices.map((office) => (
          <option key={office.id} value={office.id}>
            {office.name}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate(`${KEY}.registrar`)}
        value={place.registrarId ?? ''}
        onChange={(event) => onChangePlace({ registrarId: event.target.value || undefined })}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{translate(`${KEY}.all_registrars`)}</option>
        {registrars.filter(worksAt(place.officeId)).map((registrar) => (
          <option key={registrar.id} value={registrar.id}>
            {registrar.name}
          </option>
        ))}
      </TextField>
    </Stack>
  );
}
