import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import type { AlertResponse, UpdateAlertRequest } from '@regflow/contracts';
import { useId, useState } from 'react';
import { Link, useGetList, useTranslate, useUpdate } from 'react-admin';
import { LondonDate } from '../dates/LondonDate';
import { RetryAlert } from '../layout/RetryAlert';
import { NO_SILENT_RETRIES } from '../reference-data/use-reference-data';
import { DEATH_WARNING, openAlertsFirst } from './today-list';

const KEY = 'regflow.today.alerts';

interface OpenAlertsProps {
  readonly announce: (text: string) => void;
}

/** Open alerts above the day's list, day-4 death warnings first; nothing at all when there are none. */
export function OpenAlerts({ announce }: OpenAlertsProps) {
  const translate = useTranslate();
  const headingId = useId();
  const { data, error, refetch } = useGetList<AlertResponse>(
    'alerts',
    { filter: { open: true }, sort: { field: 'raisedAt', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    NO_SILENT_RETRIES,
  );

  if (error) {
    return (
      <RetryAlert sx={{ mb: 2 }} onRetry={() => void refetch()}>
        {translate(`${KEY}.load_failed`, { message: error.message })}
      </RetryAlert>
    );
  }
  const alerts = openAlertsFirst(data ?? []);
  if (alerts.length === 0) return null;

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {translate(`${KEY}.heading`)}
      </Typography>
      <Stack component="ul" gap={1} sx={{ p: 0, m: 0 }}>
        {alerts.map((alert) => (
          <OpenAlertItem key={alert.id} alert={alert} announce={announce} />
        ))}
      </Stack>
    </Box>
  );
}

function OpenAlertItem({ alert, announce }: { readonly alert: AlertResponse } & OpenAlertsProps) {
  const translate = useTranslate();
  const [resolve, { isPending }] = useUpdate<AlertResponse & Partial<UpdateAlertRequest>>();
  const [refusal, setRefusal] = useState<string>();
  const deathWarning = alert.kind === DEATH_WARNING;

  const resolveAlert = () => {
    setRefusal(undefined);
    void resolve(
      'alerts',
      { id: alert.id, data: { resolved: true }, previousData: alert },
      {
        onSuccess: () => announce(translate(`${KEY}.resolved`, { summary: alert.summary })),
        onError: (error) => setRefusal(translate(`${KEY}.resolve_refused`, { message: error.message })),
      },
    );
  };

  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      {/* A list of what is open, not a sudden interruption: no role="alert". */}
      <Alert
        role="none"
        severity={deathWarning ? 'error' : 'warning'}
        variant={deathWarning ? 'outlined' : 'standard'}
        sx={deathWarning ? { borderWidth: 2 } : undefined}
        action={
          <Button color="inherit" disabled={isPending} aria-label={translate(`${KEY}.resolve_name`, { summary: alert.summary })} onClick={resolveAlert}>
            {translate(`${KEY}.resolve`)}
          </Button>
        }
      >
        <AlertTitle component="h3">{translate(deathWarning ? `${KEY}.death_warning` : `${KEY}.other`)}</AlertTitle>
        <Typography>{alert.summary}</Typography>
        <Typography variant="body2">
          {translate(`${KEY}.raised`)} <LondonDate value={alert.raisedAt} format="day-time" />
          {alert.appointmentId && (
            <>
              {' · '}
              <Link to={`/appointments/${encodeURIComponent(alert.appointmentId)}/show`}>{translate(`${KEY}.open_appointment`)}</Link>
            </>
          )}
        </Typography>
        {refusal && (
          <Typography role="alert" sx={{ mt: 1, fontWeight: 'bold' }}>
            {refusal}
          </Typography>
        )}
      </Alert>
    </Box>
  );
}
