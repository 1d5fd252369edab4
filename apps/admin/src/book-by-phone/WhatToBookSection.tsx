import { Box, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { isAppointmentTypeCode } from '@regflow/contracts';
import type { AppointmentTypeResponse } from '@regflow/contracts';
import { Ref, useId } from 'react';
import { useTranslate } from 'react-admin';
import { RetryAlert } from '../layout/RetryAlert';
import { Channel, MOST_BABIES, WhatToBook } from './booking-request';

const KEY = 'regflow.book_by_phone.what';
const CHANNELS: readonly Channel[] = ['phone', 'walk-in'];
const BABY_COUNTS = Array.from({ length: MOST_BABIES }, (_, index) => index + 1);

interface WhatToBookSectionProps {
  readonly what: WhatToBook;
  readonly onChange: (what: WhatToBook) => void;
  readonly types: readonly AppointmentTypeResponse[];
  readonly typesPending: boolean;
  readonly typesError: Error | null;
  readonly retryTypes: () => void;
  /** The first type's radio, focused when a new booking starts. */
  readonly firstTypeRef: Ref<HTMLInputElement>;
}

/** Step 1: the type (staff may book any), how the resident is in touch, and the type's own questions. */
export function WhatToBookSection({ what, onChange, types, typesPending, typesError, retryTypes, firstTypeRef }: WhatToBookSectionProps) {
  const translate = useTranslate();
  const headingId = useId();
  const tellUsOnceHintId = useId();

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {translate(`${KEY}.heading`)}
      </Typography>
      {typesError ? (
        <RetryAlert onRetry={retryTypes}>{translate(`${KEY}.types_failed`, { message: typesError.message })}</RetryAlert>
      ) : typesPending ? (
        <Typography>{translate(`${KEY}.types_loading`)}</Typography>
      ) : (
        <Stack gap={2}>
          <FormControl component="fieldset">
            <FormLabel component="legend">{translate(`${KEY}.type`)}</FormLabel>
            <RadioGroup
              row
              name="type"
              value={what.type ?? ''}
              onChange={(event) => isAppointmentTypeCode(event.target.value) && onChange({ ...what, type: event.target.value })}
            >
              {types.map((type, index) => (
                <FormControlLabel key={type.code} value={type.code} label={type.name} control={<Radio inputRef={index === 0 ? firstTypeRef : undefined} />} />
              ))}
            </RadioGroup>
          </FormControl>
          <FormControl component="fieldset">
            <FormLabel component="legend">{translate(`${KEY}.channel`)}</FormLabel>
            <RadioGroup row name="channel" value={what.channel} onChange={(event) => onChange({ ...what, channel: event.target.value === 'walk-in' ? 'walk-in' : 'phone' })}>
              {CHANNELS.map((channel) => (
                <FormControlLabel key={channel} value={channel} label={translate(`${KEY}.channels.${channel}`)} control={<Radio />} />
              ))}
            </RadioGroup>
          </FormControl>
          {what.type === 'birth' && (
            <TextField
              select
              label={translate(`${KEY}.babies`)}
              value={what.babies}
              onChange={(event) => onChange({ ...what, babies: Number(event.target.value) })}
              helperText={translate(`${KEY}.babies_hint`)}
              sx={{ maxWidth: '20rem' }}
              slotProps={{ select: { native: true } }}
            >
              {BABY_COUNTS.map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </TextField>
          )}
          {what.type === 'death' && (
            <FormControl component="fieldset">
              <FormLabel component="legend">{translate(`${KEY}.tell_us_once`)}</FormLabel>
              <RadioGroup
                row
                name="tellUsOnce"
                aria-describedby={tellUsOnceHintId}
                value={what.tellUsOnce === null ? '' : String(what.tellUsOnce)}
                onChange={(event) => onChange({ ...what, tellUsOnce: event.target.value === 'true' })}
              >
                <FormControlLabel value="true" label={translate(`${KEY}.yes`)} control={<Radio />} />
                <FormControlLabel value="false" label={translate(`${KEY}.no`)} control={<Radio />} />
              </RadioGroup>
              <FormHelperText id={tellUsOnceHintId}>{translate(`${KEY}.tell_us_once_hint`)}</FormHelperText>
            </FormControl>
          )}
        </Stack>
      )}
    </Box>
  );
}
