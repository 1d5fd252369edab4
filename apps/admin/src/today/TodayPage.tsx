import { Box, Button, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { formatCivilDay, londonDayOf } from '../dates/london';
import { visuallyHidden } from '../visually-hidden';
import { OpenAlerts } from './OpenAlerts';
import { TodaysAppointments } from './TodaysAppointments';

/** A registrar's first page: what needs attention, then the day's appointments to mark. */
export function TodayPage() {
  const translate = useTranslate();
  const day = useMemo(() => londonDayOf(Date.now()), []);
  const [announcement, setAnnouncement] = useState('');
  const title = translate('regflow.today.title', { day: formatCivilDay(day) });

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={title} />
      <Stack direction="row" flexWrap="wrap" alignItems="center" justifyContent="space-between" gap={2} sx={{ mb: 2 }}>
        <Typography component="h1" variant="h5">
          {title}
        </Typography>
        <Button component={LinkBase} to="/book" variant="contained">
          {translate('regflow.today.book_by_phone')}
        </Button>
      </Stack>
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
      <OpenAlerts announce={setAnnouncement} />
      <TodaysAppointments day={day} announce={setAnnouncement} />
    </Box>
  );
}
