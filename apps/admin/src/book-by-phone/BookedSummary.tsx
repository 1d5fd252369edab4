import { Box, Button, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import type { AppointmentResponse, AppointmentTypeResponse, CreateAppointmentRequest } from '@regflow/contracts';
import { Ref, useId } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { useSlotInWords } from '../free-times/use-slot-in-words';
import { useOffices } from '../reference-data/use-reference-data';

const KEY = 'regflow.book_by_phone.booked';

interface BookedSummaryProps {
  readonly appointment: AppointmentResponse;
  readonly request: CreateAppointmentRequest;
  readonly type: AppointmentTypeResponse | undefined;
  readonly onBookAnother: () => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/** Step 4: what to read to the caller before they go, then the next booking. */
export function BookedSummary({ appointment, request, type, onBookAnother, headingRef }: BookedSummaryProps) {
  const translate = useTranslate();
  const headingId = useId();
  const slotInWords = useSlotInWords();
  const office = useOffices().data?.find((candidate) => candidate.id === appointment.officeId);
  const slot = slotInWords(appointment);
  const documents = appointment.officeId === null ? [] : (type?.documentsToBring ?? []);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} ref={headingRef} tabIndex={-1} component="h2" variant="h5" gutterBottom>
        {translate(`${KEY}.heading`, { reference: appointment.reference })}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 2, maxWidth: '48rem' }}>
        <Typography component="h3" variant="h6" gutterBottom>
          {translate(`${KEY}.tell_caller`)}
        </Typography>
        <Typography>{translate(`${KEY}.reference`, { reference: appointment.reference })}</Typography>
        <Typography>{translate(appointment.officeId === null ? `${KEY}.when_by_telephone` : `${KEY}.when_at_office`, { slot })}</Typography>
        {office && <Typography>{translate(`${KEY}.address`, { address: office.address })}</Typography>}
        {documents.length > 0 && (
          <>
            <Typography component="h4" variant="subtitle1" sx={{ mt: 1, fontWeight: 'bold' }}>
              {translate(`${KEY}.bring`)}
            </Typography>
            <List dense sx={{ listStyle: 'disc', pl: 3 }}>
              {documents.map((document) => (
                <ListItem key={document} sx={{ display: 'list-item', pl: 0 }}>
                  {document}
                </ListItem>
              ))}
            </List>
          </>
        )}
        <Typography sx={{ mt: 1 }}>
          {appointment.residentEmail ? translate(`${KEY}.emailed`, { email: appointment.residentEmail }) : translate(`${KEY}.not_emailed`)}
        </Typography>
        {request.dateOfDeathUnknown && <Typography sx={{ mt: 1, fontWeight: 'bold' }}>{translate(`${KEY}.date_of_death_missing`)}</Typography>}
      </Paper>
      <Stack direction="row" gap={1} flexWrap="wrap">
        <Button variant="contained" onClick={onBookAnother}>
          {translate(`${KEY}.book_another`)}
        </Button>
        <Button component={LinkBase} to={`/appointments/${encodeURIComponent(appointment.id)}/show`} variant="outlined">
          {translate(`${KEY}.open_appointment`)}
        </Button>
      </Stack>
    </Box>
  );
}
