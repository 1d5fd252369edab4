import { Box, Button, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { AppointmentResponse, StaffRole } from '@regflow/contracts';
import { useId, useMemo, useState } from 'react';
import { LinkBase, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { seesEveryDiary } from '../auth/access';
import { RetryAlert } from '../layout/RetryAlert';
import { typeNameOf } from '../reference-data/reference-data';
import { NO_SILENT_RETRIES, useAppointmentTypes, usePlaceName, useRegistrars } from '../reference-data/use-reference-data';
import { defaultRegistrarId, todaysList } from './today-list';
import { TodayAppointmentItem } from './TodayAppointmentItem';

const KEY = 'regflow.today';
/** A day's appointments all fit on one page. */
const ONE_DAY = { page: 1, perPage: 200 } as const;
const ALL_REGISTRARS = '';

interface TodaysAppointmentsProps {
  /** London day, `yyyy-mm-dd`. */
  readonly day: string;
  readonly announce: (text: string) => void;
}

/** The day's appointments: a registrar's own; a manager's pick of registrar, or everyone's. */
export function TodaysAppointments({ day, announce }: TodaysAppointmentsProps) {
  const translate = useTranslate();
  const headingId = useId();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<readonly StaffRole[]>();
  const roles = permissions ?? [];
  const manager = seesEveryDiary(roles);
  const [picked, setPicked] = useState<string | null>();
  const registrarId = picked !== undefined ? picked : identity ? defaultRegistrarId(roles, String(identity.id)) : undefined;
  const ready = identity !== undefined && permissions !== undefined;

  const { data, isPending, error, refetch } = useGetList<AppointmentResponse>(
    'appointments',
    { filter: registrarId ? { day, registrarId } : { day }, sort: { field: 'startsAt', order: 'ASC' }, pagination: ONE_DAY },
    { ...NO_SILENT_RETRIES, enabled: ready },
  );
  const { data: registrars } = useRegistrars({ enabled: manager });
  const { types } = useAppointmentTypes();
  const placeName = usePlaceName();
  const appointments = useMemo(() => todaysList(data ?? []), [data]);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" flexWrap="wrap" alignItems="center" justifyContent="space-between" gap={2} sx={{ mb: 2 }}>
        <Typography id={headingId} component="h2" variant="h6">
          {translate(`${KEY}.appointments.heading`)}
        </Typography>
        {manager && registrars && (
          <TextField
            select
            size="small"
            sx={{ minWidth: '16rem' }}
            label={translate(`${KEY}.registrar_filter`)}
            value={registrarId ?? ALL_REGISTRARS}
            onChange={(event) => setPicked(event.target.value === ALL_REGISTRARS ? null : event.target.value)}
          >
            <MenuItem value={ALL_REGISTRARS}>{translate(`${KEY}.all_registrars`)}</MenuItem>
            {registrars.map((registrar) => (
              <MenuItem key={registrar.id} value={registrar.id}>
                {registrar.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      <div aria-busy={!ready || isPending}>
        {error ? (
          <RetryAlert onRetry={() => void refetch()}>{translate(`${KEY}.appointments.load_failed`, { message: error.message })}</RetryAlert>
        ) : !ready || isPending ? (
          <Stack direction="row" gap={1} alignItems="center">
            <CircularProgress size={20} aria-hidden />
            <Typography>{translate(`${KEY}.appointments.loading`)}</Typography>
          </Stack>
        ) : appointments.length === 0 ? (
          <NoAppointments />
        ) : (
          <Stack component="ol" gap={1} sx={{ p: 0, m: 0 }}>
            {appointments.map((appointment) => (
              <TodayAppointmentItem
                key={appointment.id}
                appointment={appointment}
                typeName={typeNameOf(appointment.type, types)}
                placeName={placeName(appointment.officeId)}
                registrarName={registrarId ? undefined : registrars?.find((registrar) => registrar.id === appointment.registrarId)?.name}
                announce={announce}
              />
            ))}
          </Stack>
        )}
      </div>
    </Box>
  );
}

function NoAppointments() {
  const translate = useTranslate();
  return (
    <Box>
      <Typography sx={{ fontWeight: 'bold' }}>{translate(`${KEY}.appointments.empty`)}</Typography>
      <Typography sx={{ mb: 1 }}>{translate(`${KEY}.appointments.empty_next`)}</Typography>
      <Stack direction="row" gap={1} flexWrap="wrap">
        <Button component={LinkBase} to="/diary" variant="outlined">
          {translate(`${KEY}.open_diary`)}
        </Button>
        <Button component={LinkBase} to="/book" variant="outlined">
          {translate(`${KEY}.book_by_phone`)}
        </Button>
      </Stack>
    </Box>
  );
}
