import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import type { AppointmentResponse } from '@regflow/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useDataProvider, useTranslate, useUpdate } from 'react-admin';
import type { RegflowDataProvider } from '../data-provider';
import { LondonDate } from '../dates/LondonDate';
import { formatLondonInstant } from '../dates/london';
import { STATUS_MESSAGES } from '../resources/appointments/appointment-choices';
import { Mark, marksFor } from './today-list';

const KEY = 'regflow.today';

interface TodayAppointmentItemProps {
  readonly appointment: AppointmentResponse;
  readonly typeName: string;
  /** The office's name (face-to-face appointments). */
  readonly placeName: string;
  /** Shown when the list holds more than one registrar's appointments. */
  readonly registrarName?: string;
  /** Says an outcome to screen readers. */
  readonly announce: (text: string) => void;
}

type FocusNext = 'undo' | 'first-mark' | null;

/** One of the day's appointments, with one-click marks and, while the server allows it, Undo. */
export function TodayAppointmentItem({ appointment, typeName, placeName, registrarName, announce }: TodayAppointmentItemProps) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const [update, { isPending: marking }] = useUpdate<AppointmentResponse>();
  const [undo, { isPending: undoing }] = useUpdate<AppointmentResponse>('appointments', {}, { mutationFn: ({ id }) => dataProvider.undoStatus(String(id)) });
  const [refusal, setRefusal] = useState<string>();
  const [focusNext, setFocusNext] = useState<FocusNext>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const firstMarkButton = useRef<HTMLButtonElement>(null);

  const who = { time: formatLondonInstant(appointment.startsAt, 'time'), name: appointment.residentName };
  const marks = marksFor(appointment.status);
  const busy = marking || undoing;

  // The button pressed goes away with the status it offered: keep the keyboard where the next step is.
  useEffect(() => {
    if (focusNext === null) return;
    (focusNext === 'undo' ? undoButton : firstMarkButton).current?.focus();
    setFocusNext(null);
  }, [focusNext, appointment.status, appointment.statusUndoable]);

  const mark = (status: Mark) => {
    setRefusal(undefined);
    void update(
      'appointments',
      { id: appointment.id, data: { status }, previousData: appointment },
      {
        onSuccess: () => {
          announce(translate(`${KEY}.marked.${status}`, who));
          setFocusNext('undo');
        },
        onError: (error) => setRefusal(translate(`${KEY}.mark_refused`, { message: error.message })),
      },
    );
  };

  const undoLastChange = () => {
    setRefusal(undefined);
    void undo(
      'appointments',
      { id: appointment.id, data: {}, previousData: appointment },
      {
        onSuccess: (restored) => {
          announce(translate(`${KEY}.undone`, { ...who, status: translate(`${STATUS_MESSAGES}.${restored.status}`) }));
          setFocusNext('first-mark');
        },
        onError: (error) => setRefusal(translate(`${KEY}.undo_refused`, { message: error.message })),
      },
    );
  };

  return (
    <Paper component="li" variant="outlined" sx={{ p: 2, listStyle: 'none' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={{ xs: 1, md: 2 }} alignItems={{ md: 'center' }}>
        <Typography component="p" variant="h6" sx={{ minWidth: '4rem' }}>
          <LondonDate value={appointment.startsAt} format="time" />
        </Typography>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 'bold' }}>
            {appointment.residentName}
          </Typography>
          <Typography variant="body2">
            {typeName} · <Link to={`/appointments/${encodeURIComponent(appointment.id)}/show`}>{appointment.reference}</Link>
          </Typography>
          <Typography variant="body2">
            {appointment.mode === 'telephone' ? translate(`${KEY}.appointments.by_telephone`) : translate(`${KEY}.appointments.face_to_face_at`, { office: placeName })}
          </Typography>
          {registrarName && <Typography variant="body2">{translate(`${KEY}.appointments.registrar`, { name: registrarName })}</Typography>}
        </Box>
        <Box>
          <Chip label={translate(`${STATUS_MESSAGES}.${appointment.status}`)} color={appointment.status === 'registered' ? 'success' : 'default'} />
        </Box>
        <Stack direction="row" gap={1} flexWrap="wrap">
          {marks.map((status, index) => (
            <Button
              key={status}
              ref={index === 0 ? firstMarkButton : undefined}
              variant={status === 'registered' ? 'contained' : 'outlined'}
              disabled={busy}
              aria-label={translate(`${KEY}.mark_names.${status}`, who)}
              onClick={() => mark(status)}
            >
              {translate(`${KEY}.marks.${status}`)}
            </Button>
          ))}
          {appointment.statusUndoable && (
            <Button ref={undoButton} disabled={busy} aria-label={translate(`${KEY}.undo_name`, who)} onClick={undoLastChange}>
              {translate(`${KEY}.undo`)}
            </Button>
          )}
        </Stack>
      </Stack>
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {refusal}
        </Alert>
      )}
    </Paper>
  );
}
