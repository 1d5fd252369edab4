import { Box, Link as MuiLink, Typography } from '@mui/material';
import type { AppointmentResponse } from '@regflow/contracts';
import { useId } from 'react';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import { formatCivilDay, formatLondonInstant, londonDayOf } from '../dates/london';
import { STATUS_MESSAGES } from '../resources/appointments/appointment-choices';
import type { DiaryView } from './london-calendar';
import { ModeIcon } from './DiaryEventContent';

const KEY = 'regflow.diary';

interface DiaryAppointmentListProps {
  readonly appointments: readonly AppointmentResponse[];
  readonly view: DiaryView;
  /** Registrars' names by id, when the diary shows more than one registrar. */
  readonly registrarNames?: ReadonlyMap<string, string>;
}

/** The calendar's appointments as a plain list, day by day, each a link to the appointment. */
export function DiaryAppointmentList({ appointments, view, registrarNames }: DiaryAppointmentListProps) {
  const translate = useTranslate();
  const headingId = useId();
  const byDay = byLondonDay(appointments);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography id={headingId} component="h2" variant="h6">
        {translate(`${KEY}.list.title_${view}`)}
      </Typography>
      {byDay.size === 0 && <Typography>{translate(`${KEY}.list.none`)}</Typography>}
      {[...byDay].map(([day, dayAppointments]) => (
        <Box key={day} sx={{ mt: 1 }}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {formatCivilDay(day)}
          </Typography>
          <Box component="ul" sx={{ pl: 2, my: 0.5 }}>
            {dayAppointments.map((appointment) => (
              <AppointmentItem key={appointment.id} appointment={appointment} registrarName={registrarNames?.get(appointment.registrarId)} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function byLondonDay(appointments: readonly AppointmentResponse[]): Map<string, AppointmentResponse[]> {
  const days = new Map<string, AppointmentResponse[]>();
  for (const appointment of appointments) {
    const day = londonDayOf(appointment.startsAt);
    days.set(day, [...(days.get(day) ?? []), appointment]);
  }
  return days;
}

function AppointmentItem({ appointment, registrarName }: { readonly appointment: AppointmentResponse; readonly registrarName?: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const hours = `${formatLondonInstant(appointment.startsAt, 'time')}–${formatLondonInstant(appointment.endsAt, 'time')}`;
  return (
    <li>
      <MuiLink component={LinkBase} to={createPath({ resource: 'appointments', id: appointment.id, type: 'show' })}>
        {hours} {translate(`${KEY}.types.${appointment.type}`)} {appointment.reference}
      </MuiLink>{' '}
      {appointment.residentName}, <ModeIcon mode={appointment.mode} />
      {translate(`${KEY}.modes.${appointment.mode}`)}, {translate(`${STATUS_MESSAGES}.${appointment.status}`)}
      {registrarName && <> {translate(`${KEY}.list.registrar`, { name: registrarName })}</>}
    </li>
  );
}
