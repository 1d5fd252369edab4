import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RetryAlert } from '../layout/RetryAlert';
import type { DiaryView } from './london-calendar';

const KEY = 'regflow.diary';

export function DiaryLoading() {
  const translate = useTranslate();
  return (
    <Stack role="status" direction="row" spacing={1} alignItems="center" sx={{ my: 4 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>{translate(`${KEY}.loading`)}</Typography>
    </Stack>
  );
}

export function DiaryError({ error, onRetry }: { readonly error: Error; readonly onRetry: () => void }) {
  const translate = useTranslate();
  return (
    <RetryAlert sx={{ my: 2 }} onRetry={onRetry}>
      {translate(`${KEY}.load_failed`, { reason: error.message })}
    </RetryAlert>
  );
}

/** No sessions in the days shown: the first thing to do is open one. */
export function DiaryEmpty({ view, onOpenSession }: { readonly view: DiaryView; readonly onOpenSession: () => void }) {
  const translate = useTranslate();
  return (
    <Box sx={{ my: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography component="h2" variant="h6">
        {translate(`${KEY}.empty.${view}`)}
      </Typography>
      <Typography sx={{ mb: 1 }}>{translate(`${KEY}.empty.hint`)}</Typography>
      <Button variant="outlined" onClick={onOpenSession}>
        {translate(`${KEY}.empty.open`)}
      </Button>
    </Box>
  );
}
