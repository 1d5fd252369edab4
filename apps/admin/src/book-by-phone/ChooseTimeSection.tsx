import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { registerOfficeName } from '@regflow/contracts';
import type { SlotResponse } from '@regflow/contracts';
import { Ref, useId, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatCivilDay, plusDays } from '../dates/london';
import { slotsByDay } from '../free-times/slot-days';
import type { Availability } from '../free-times/use-availability';
import { useSlotInWords } from '../free-times/use-slot-in-words';
import { PlaceTimesGroup } from '../free-times/PlaceTimesGroup';
import { RetryAlert } from '../layout/RetryAlert';
import { useOffices } from '../reference-data/use-reference-data';
import { DAYS_PER_LOOK, TimesView } from './booking-request';

const KEY = 'regflow.book_by_phone.times';
const EVERYWHERE = '';

interface ChooseTimeSectionProps {
  /** What step 1 still needs before there are times to show. */
  readonly waitingFor: 'type' | 'tell_us_once' | null;
  /** From today, everywhere: its `firstOffer` is what the indicators score. */
  readonly firstLook: Availability;
  readonly times: Availability;
  readonly view: TimesView;
  readonly today: string;
  readonly onViewChange: (view: TimesView) => void;
  readonly chosen: SlotResponse | null;
  readonly onChoose: (slot: SlotResponse) => void;
  /** The server's refusal of the time chosen a moment ago. */
  readonly taken: string | undefined;
  readonly takenRef: Ref<HTMLDivElement>;
}

/** Step 2: the first offer with one button, then every free time, day by day and place by place. */
export function ChooseTimeSection(props: ChooseTimeSectionProps) {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {translate(`${KEY}.heading`)}
      </Typography>
      {props.waitingFor ? <Typography>{translate(`${KEY}.waiting_for_${props.waitingFor}`)}</Typography> : <FreeTimes {...props} />}
    </Box>
  );
}

function FreeTimes({ firstLook, times, view, today, onViewChange, chosen, onChoose, taken, takenRef }: ChooseTimeSectionProps) {
  const translate = useTranslate();
  const slotInWords = useSlotInWords();
  const { data: offices = [] } = useOffices();
  const failed = firstLook.error ?? times.error;

  if (failed) {
    const retry = () => {
      firstLook.refresh();
      times.refresh();
    };
    return (
      <RetryAlert onRetry={retry}>{translate(`${KEY}.failed`, { message: failed.message })}</RetryAlert>
    );
  }
  const firstOffer = firstLook.availability?.firstOffer;
  return (
    <Stack gap={2}>
      {taken && (
        <Alert severity="error" role="alert" ref={takenRef} tabIndex={-1}>
          {translate(`${KEY}.taken`, { message: taken })}
        </Alert>
      )}
      {firstLook.loading ? (
        <Typography>{translate(`${KEY}.loading`)}</Typography>
      ) : firstOffer ? (
        <Paper variant="outlined" sx={{ p: 2, borderColor: 'primary.main', borderWidth: 2 }}>
          <Stack direction="row" flexWrap="wrap" alignItems="center" justifyContent="space-between" gap={2}>
            <Typography component="p" variant="h6">
              {translate(`${KEY}.first_offer`, { slot: slotInWords(firstOffer) })}
            </Typography>
            <Button variant="contained" size="large" onClick={() => onChoose(firstOffer)}>
              {translate(`${KEY}.book_this`)}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Alert severity="warning">{translate(`${KEY}.no_first_offer`, { days: DAYS_PER_LOOK })}</Alert>
      )}
      {chosen && <Typography sx={{ fontWeight: 'bold' }}>{translate(`${KEY}.chosen`, { slot: slotInWords(chosen) })}</Typography>}
      <TextField
        select
        size="small"
        label={translate(`${KEY}.office_filter`)}
        value={view.officeId ?? EVERYWHERE}
        onChange={(event) => onViewChange({ ...view, officeId: event.target.value === EVERYWHERE ? null : event.target.value })}
        sx={{ maxWidth: '24rem' }}
        slotProps={{ select: { native: true } }}
      >
        <option value={EVERYWHERE}>{translate(`${KEY}.all_offices`)}</option>
        {offices.map((office) => (
          <option key={office.id} value={office.id}>
            {registerOfficeName(office.name)}
          </option>
        ))}
      </TextField>
      {times.loading ? (
        <Typography>{translate(`${KEY}.loading`)}</Typography>
      ) : (
        <TimesByDay slots={times.availability?.slots ?? []} from={view.from} chosen={chosen} onChoose={onChoose} />
      )}
      <Stack direction="row" gap={1}>
        {view.from > today && (
          <Button variant="outlined" onClick={() => onViewChange({ ...view, from: maxDay(today, plusDays(view.from, -DAYS_PER_LOOK)) })}>
            {translate(`${KEY}.earlier`)}
          </Button>
        )}
        <Button variant="outlined" onClick={() => onViewChange({ ...view, from: plusDays(view.from, DAYS_PER_LOOK) })}>
          {translate(`${KEY}.later`)}
        </Button>
      </Stack>
    </Stack>
  );
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

interface TimesByDayProps {
  readonly slots: readonly SlotResponse[];
  readonly from: string;
  readonly chosen: SlotResponse | null;
  readonly onChoose: (slot: SlotResponse) => void;
}

/** One day at a time: the days as buttons, then that day's times by place. */
function TimesByDay({ slots, from, chosen, onChoose }: TimesByDayProps) {
  const translate = useTranslate();
  const days = useMemo(() => slotsByDay(slots), [slots]);
  const [picked, setPicked] = useState<string>();
  const shown = days.find((candidate) => candidate.day === picked) ?? days[0];

  if (!shown) return <Typography>{translate(`${KEY}.none_in_view`, { from: formatCivilDay(from), days: DAYS_PER_LOOK })}</Typography>;
  return (
    <>
      <Stack role="group" aria-label={translate(`${KEY}.days`)} direction="row" flexWrap="wrap" gap={1}>
        {days.map(({ day, count }) => (
          <Button key={day} size="small" variant={day === shown.day ? 'contained' : 'outlined'} aria-pressed={day === shown.day} onClick={() => setPicked(day)}>
            {translate(`${KEY}.day_button`, { day: formatCivilDay(day, 'short-day'), smart_count: count })}
          </Button>
        ))}
      </Stack>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 'bold' }}>
        {formatCivilDay(shown.day)}
      </Typography>
      {shown.places.map((place) => (
        <PlaceTimesGroup key={place.officeId ?? 'telephone'} place={place} actionKey={`${KEY}.choose_time`} chosenId={chosen?.id} pressable headingComponent="h4" onChoose={onChoose} />
      ))}
    </>
  );
}

