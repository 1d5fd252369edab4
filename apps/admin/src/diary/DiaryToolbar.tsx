import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Button, ButtonGroup, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCivilDay } from '../dates/london';
import { diaryRange, DiaryView, stepDay } from './london-calendar';
import type { DiaryPlace } from './use-diary-place';

const KEY = 'regflow.diary.toolbar';

interface DiaryToolbarProps {
  readonly place: DiaryPlace;
  readonly today: string;
  readonly onChangePlace: (change: Partial<DiaryPlace>) => void;
  readonly onNewSession: () => void;
}

/** Which days the diary shows, and the way to open a session without a mouse. */
export function DiaryToolbar({ place, today, onChangePlace, onNewSession }: DiaryToolbarProps) {
  const translate = useTranslate();
  const { day, view } = place;
  const label = view === 'day' ? formatCivilDay(day) : translate(`${KEY}.week_of`, { day: formatCivilDay(diaryRange(day, 'week').from) });

  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" alignItems="center" spacing={2} sx={{ my: 2 }}>
      <ButtonGroup variant="outlined" aria-label={translate(`${KEY}.label`)}>
        <Button startIcon={<ChevronLeftIcon />} onClick={() => onChangePlace({ day: stepDay(day, view, -1) })}>
          {translate(`${KEY}.previous_${view}`)}
        </Button>
        <Button onClick={() => onChangePlace({ day: today })}>{translate(`${KEY}.today`)}</Button>
        <Button endIcon={<ChevronRightIcon />} onClick={() => onChangePlace({ day: stepDay(day, view, 1) })}>
          {translate(`${KEY}.next_${view}`)}
        </Button>
      </ButtonGroup>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        aria-label={translate(`${KEY}.view`)}
        onChange={(_, next: DiaryView | null) => next && onChangePlace({ view: next })}
      >
        <ToggleButton value="day">{translate(`${KEY}.day`)}</ToggleButton>
        <ToggleButton value="week">{translate(`${KEY}.week`)}</ToggleButton>
      </ToggleButtonGroup>
      <Typography component="h2" variant="h6" aria-live="polite" sx={{ flexGrow: 1 }}>
        {label}
      </Typography>
      <Button variant="contained" startIcon={<AddIcon />} onClick={onNewSession}>
        {translate(`${KEY}.new_session`)}
      </Button>
    </Stack>
  );
}
