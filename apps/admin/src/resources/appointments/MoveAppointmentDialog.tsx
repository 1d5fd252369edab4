import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import type { AppointmentResponse, SlotResponse } from '@regflow/contracts';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { RegflowDataProvider } from '../../data-provider';
import { formatCivilDay, londonDayOf, plusDays } from '../../dates/london';
import { DayTimes, slotsByDay } from '../../free-times/slot-days';
import { useAvailability } from '../../free-times/use-availability';
import { useSlotInWords } from '../../free-times/use-slot-in-words';
import { PlaceTimesGroup } from '../../free-times/PlaceTimesGroup';
import { RetryAlert } from '../../layout/RetryAlert';
import { LoadingState } from '../shared/list-states';

const KEY = 'regflow.lists.appointments.move';
const DAYS_PER_LOOK = 14;

const laterDay = (a: string, b: string) => (a > b ? a : b);

interface MoveAppointmentDialogProps {
  readonly appointment: AppointmentResponse;
  readonly onClose: () => void;
}

/**
 * The keyboard's way to move a booked appointment (the diary's is a drag): the free times it can
 * move to, two weeks at a time from its day (or today, if later), day by day and place by place.
 */
export function MoveAppointmentDialog({ appointment, onClose }: MoveAppointmentDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const slotInWords = useSlotInWords();
  const titleId = useId();
  const today = useMemo(() => londonDayOf(Date.now()), []);
  const [from, setFrom] = useState(() => laterDay(today, londonDayOf(appointment.startsAt)));
  const [movingTo, setMovingTo] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const refusalRef = useRef<HTMLDivElement>(null);
  const times = useAvailability({ type: appointment.type, from, days: DAYS_PER_LOOK, moving: String(appointment.id) });

  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  const move = async (slot: SlotResponse) => {
    setMovingTo(slot.id);
    setRefusal(undefined);
    try {
      const moved = await dataProvider.moveAppointment(String(appointment.id), slot.id);
      notify(`${KEY}.moved`, { type: 'success', messageArgs: { slot: slotInWords(moved) } });
      onClose();
      refresh();
    } catch (error) {
      setMovingTo(undefined);
      setRefusal(error instanceof Error ? error.message : String(error));
      times.refresh();
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(`${KEY}.title`, { reference: appointment.reference })}</DialogTitle>
      <DialogContent>
        <Stack gap={2}>
          <Typography>{translate(`${KEY}.now`, { slot: slotInWords(appointment) })}</Typography>
          {refusal && (
            <Alert severity="error" ref={refusalRef} tabIndex={-1}>
              {translate(`${KEY}.refused`, { message: refusal })}
            </Alert>
          )}
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 'bold' }}>
            {translate(`${KEY}.range`, { from: formatCivilDay(from), to: formatCivilDay(plusDays(from, DAYS_PER_LOOK - 1)) })}
          </Typography>
          {times.error ? (
            <RetryAlert onRetry={times.refresh}>{translate(`${KEY}.failed`, { message: times.error.message })}</RetryAlert>
          ) : times.loading ? (
            <LoadingState />
          ) : (
            <FreeTimes appointment={appointment} slots={times.availability?.slots ?? []} movingTo={movingTo} onChoose={(slot) => void move(slot)} />
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {from > today && (
          <Button onClick={() => setFrom(laterDay(today, plusDays(from, -DAYS_PER_LOOK)))}>{translate(`${KEY}.earlier`)}</Button>
        )}
        <Button onClick={() => setFrom(plusDays(from, DAYS_PER_LOOK))}>{translate(`${KEY}.later`)}</Button>
        <Button onClick={onClose}>{translate(`${KEY}.close`)}</Button>
      </DialogActions>
    </Dialog>
  );
}

interface FreeTimesProps {
  readonly appointment: AppointmentResponse;
  readonly slots: readonly SlotResponse[];
  /** The time being moved to: every time waits until the server answers. */
  readonly movingTo: string | undefined;
  readonly onChoose: (slot: SlotResponse) => void;
}

function FreeTimes({ appointment, slots, movingTo, onChoose }: FreeTimesProps) {
  const translate = useTranslate();
  // With `moving`, the server counts the appointment's own time as free: it is no move.
  const days = useMemo(
    () => slotsByDay(slots.filter((slot) => slot.startsAt !== appointment.startsAt || slot.officeId !== appointment.officeId)),
    [slots, appointment.startsAt, appointment.officeId],
  );
  if (days.length === 0) return <Typography role="status">{translate(`${KEY}.empty`)}</Typography>;
  return (
    <>
      {days.map((day) => (
        <DayGroup key={day.day} day={day} movingTo={movingTo} onChoose={onChoose} />
      ))}
    </>
  );
}

function DayGroup({ day, ...choosing }: { readonly day: DayTimes } & Pick<FreeTimesProps, 'movingTo' | 'onChoose'>) {
  return (
    <Box>
      <Typography component="h4" variant="body1" sx={{ fontWeight: 'bold' }} gutterBottom>
        {formatCivilDay(day.day)}
      </Typography>
      <Stack gap={1}>
        {day.places.map((place) => (
          <PlaceTimesGroup key={place.officeId ?? 'telephone'} place={place} actionKey={`${KEY}.move_to`} chosenId={choosing.movingTo} disabled={choosing.movingTo !== undefined} onChoose={choosing.onChoose} />
        ))}
      </Stack>
    </Box>
  );
}

