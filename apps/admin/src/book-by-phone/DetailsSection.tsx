import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import type { AppointmentResponse, AppointmentTypeCode, CreateAppointmentRequest, SlotResponse } from '@regflow/contracts';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useCreate, useTranslate } from 'react-admin';
import { useSlotInWords } from '../free-times/use-slot-in-words';
import { bookingRequestOf, DETAILS_FIELDS, DetailsField, detailsProblems, ResidentDetails, WhatToBook } from './booking-request';
import { fieldProblemsOf, refusalOf, refusesTheTime } from './server-refusal';

const KEY = 'regflow.book_by_phone.details';

interface DetailsSectionProps {
  readonly type: AppointmentTypeCode;
  readonly what: WhatToBook;
  readonly slot: SlotResponse;
  /** London day: no date of death after it. */
  readonly today: string;
  readonly details: ResidentDetails;
  readonly onChange: (details: ResidentDetails) => void;
  readonly onBooked: (appointment: AppointmentResponse, request: CreateAppointmentRequest) => void;
  /** The chosen time went (or never fitted): the message, for the times step. */
  readonly onTimeRefused: (message: string) => void;
}

type FieldMessages = Partial<Record<DetailsField, string>>;

/** Step 3: who the appointment is for, then book. Problems show once booking is tried, beside their fields. */
export function DetailsSection({ type, what, slot, today, details, onChange, onBooked, onTimeRefused }: DetailsSectionProps) {
  const translate = useTranslate();
  const headingId = useId();
  const unknownHintId = useId();
  const slotInWords = useSlotInWords();
  const [create, { isPending }] = useCreate<CreateAppointmentRequest, unknown, AppointmentResponse>();
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldMessages>({});
  const [refusal, setRefusal] = useState<string>();
  const inputs = useRef<Partial<Record<DetailsField, HTMLInputElement | null>>>({});
  const death = type === 'death';

  useEffect(() => {
    inputs.current.name?.focus();
  }, [slot.id]);

  const ownProblems = tried ? detailsProblems(type, details, today) : {};
  const messages: FieldMessages = {
    ...serverProblems,
    ...Object.fromEntries(Object.entries(ownProblems).map(([field, problem]) => [field, translate(`regflow.book_by_phone.problems.${problem}`)])),
  };

  const change = (patch: Partial<ResidentDetails>) => {
    setServerProblems({});
    onChange({ ...details, ...patch });
  };

  const book = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setRefusal(undefined);
    const problems = detailsProblems(type, details, today);
    const firstProblem = DETAILS_FIELDS.find((field) => problems[field] !== undefined);
    if (firstProblem) {
      inputs.current[firstProblem]?.focus();
      return;
    }
    const request = bookingRequestOf(type, what, slot.id, details);
    void create(
      'appointments',
      { data: request },
      {
        onSuccess: (appointment) => onBooked(appointment, request),
        onError: (error) => {
          const refused = refusalOf(error);
          if (refusesTheTime(refused)) return onTimeRefused(refused.message);
          const placed = fieldProblemsOf(refused);
          setServerProblems(placed);
          setRefusal(translate(`${KEY}.refused`, { message: refused.message }));
          const first = DETAILS_FIELDS.find((field) => placed[field] !== undefined);
          if (first) inputs.current[first]?.focus();
        },
      },
    );
  };

  const fieldProps = (field: DetailsField) => ({
    error: messages[field] !== undefined,
    helperText: messages[field],
    inputRef: (input: HTMLInputElement | null) => {
      inputs.current[field] = input;
    },
  });

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {translate(`${KEY}.heading`)}
      </Typography>
      <Typography sx={{ fontWeight: 'bold' }}>{translate(`${KEY}.booking`, { slot: slotInWords(slot) })}</Typography>
      {slot.officeId === null && <Typography>{translate(`${KEY}.telephone_slot_hint`)}</Typography>}
      <Stack component="form" noValidate onSubmit={book} gap={2} sx={{ mt: 2, maxWidth: '36rem' }}>
        <TextField label={translate(`${KEY}.name`)} required value={details.name} onChange={(event) => change({ name: event.target.value })} autoComplete="off" {...fieldProps('name')} />
        <Typography variant="body2">{translate(`${KEY}.contact_hint`)}</Typography>
        <TextField label={translate(`${KEY}.email`)} type="email" value={details.email} onChange={(event) => change({ email: event.target.value })} autoComplete="off" {...fieldProps('email')} />
        <TextField label={translate(`${KEY}.phone`)} type="tel" value={details.phone} onChange={(event) => change({ phone: event.target.value })} autoComplete="off" {...fieldProps('phone')} />
        {death && (
          <Box>
            <TextField
              label={translate(`${KEY}.date_of_death`)}
              type="date"
              required={!details.dateOfDeathUnknown}
              disabled={details.dateOfDeathUnknown}
              value={details.dateOfDeath}
              onChange={(event) => change({ dateOfDeath: event.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
              sx={{ maxWidth: '16rem' }}
              fullWidth
              {...fieldProps('dateOfDeath')}
            />
            <FormControlLabel
              sx={{ display: 'flex', mt: 1 }}
              label={translate(`${KEY}.date_of_death_unknown`)}
              control={
                <Checkbox
                  checked={details.dateOfDeathUnknown}
                  onChange={(event) => change({ dateOfDeathUnknown: event.target.checked })}
                  slotProps={{ input: { 'aria-describedby': unknownHintId } }}
                />
              }
            />
            <FormHelperText id={unknownHintId}>{translate(`${KEY}.date_of_death_unknown_hint`)}</FormHelperText>
          </Box>
        )}
        {refusal && (
          <Alert severity="error" role="alert">
            {refusal}
          </Alert>
        )}
        <Box>
          <Button type="submit" variant="contained" size="large" disabled={isPending}>
            {translate(isPending ? `${KEY}.booking_now` : `${KEY}.book`)}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
