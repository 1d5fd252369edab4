import { Box, Button, Stack, Typography } from '@mui/material';
import type { SlotResponse } from '@regflow/contracts';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatLondonInstant } from '../dates/london';
import { usePlaceName } from '../reference-data/use-reference-data';
import type { PlaceTimes } from './slot-days';
import { useSlotInWords } from './use-slot-in-words';

interface PlaceTimesGroupProps {
  readonly place: PlaceTimes;
  /** The message key naming each time's button, given `%{slot}` in words ("Choose Tue 8 Dec 2026, 09:30 at …"). */
  readonly actionKey: string;
  /** The time shown as chosen. */
  readonly chosenId?: string;
  /** Whether the buttons say pressed or not (a choice that can change), rather than only looking chosen. */
  readonly pressable?: boolean;
  readonly disabled?: boolean;
  /** The heading level of the place's name, when it is a heading. */
  readonly headingComponent?: 'h4' | 'p';
  readonly onChoose: (slot: SlotResponse) => void;
}

/** A place's free times on one day, each a button named in words, under the place's name. */
export function PlaceTimesGroup({ place, actionKey, chosenId, pressable = false, disabled = false, headingComponent = 'p', onChoose }: PlaceTimesGroupProps) {
  const translate = useTranslate();
  const labelId = useId();
  const placeName = usePlaceName();
  const slotInWords = useSlotInWords();
  return (
    <Box role="group" aria-labelledby={labelId}>
      <Typography id={labelId} component={headingComponent} variant={headingComponent === 'h4' ? 'body1' : 'body2'} gutterBottom>
        {placeName(place.officeId)}
      </Typography>
      <Stack direction="row" flexWrap="wrap" gap={1}>
        {place.slots.map((slot) => (
          <Button
            key={slot.id}
            size="small"
            variant={slot.id === chosenId ? 'contained' : 'outlined'}
            {...(pressable ? { 'aria-pressed': slot.id === chosenId } : {})}
            aria-label={translate(actionKey, { slot: slotInWords(slot) })}
            disabled={disabled}
            onClick={() => onChoose(slot)}
          >
            {formatLondonInstant(slot.startsAt, 'time')}
          </Button>
        ))}
      </Stack>
    </Box>
  );
}
