import { Box, Grid, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { visuallyHidden } from '../visually-hidden';
import { SystemStatusCard } from './SystemStatusCard';

export function Dashboard() {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="regflow.dashboard.title" />
      <Typography component="h1" sx={visuallyHidden}>
        {translate('regflow.dashboard.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>
          <SystemStatusCard />
        </Grid>
      </Grid>
    </Box>
  );
}
