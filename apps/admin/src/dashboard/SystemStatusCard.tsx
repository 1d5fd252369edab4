import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import {
  Button,
  Card,
  CardActions,
  CardContent,
  CircularProgress,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { ReactElement, useId } from 'react';
import { useTranslate } from 'react-admin';
import type { ComponentState, ComponentStatus } from './system-status';
import { useSystemStatus } from './use-system-status';

const KEY = 'regflow.dashboard.system_status';

const STATE_ICONS: Record<ComponentState, ReactElement> = {
  up: <CheckCircleIcon color="success" />,
  down: <ErrorIcon color="error" />,
  unknown: <HelpOutlineIcon color="disabled" />,
};

export function SystemStatusCard() {
  const translate = useTranslate();
  const headingId = useId();
  const { status, checking, checkAgain } = useSystemStatus();

  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined">
      <CardContent>
        <Typography id={headingId} component="h2" variant="h6" gutterBottom>
          {translate(`${KEY}.title`)}
        </Typography>
        <div aria-live="polite" aria-busy={checking}>
          {status === undefined ? (
            <Stack direction="row" spacing={1} alignItems="center">
              <CircularProgress size={20} aria-hidden />
              <Typography>{translate(`${KEY}.checking`)}</Typography>
            </Stack>
          ) : (
            <>
              <Typography>{translate(`${KEY}.${status.summary}`)}</Typography>
              <List dense>
                {status.components.map((componentStatus) => (
                  <ComponentStatusItem key={componentStatus.component} {...componentStatus} />
                ))}
              </List>
            </>
          )}
        </div>
      </CardContent>
      <CardActions>
        <Button onClick={checkAgain} disabled={checking}>
          {translate(`${KEY}.check_again`)}
        </Button>
      </CardActions>
    </Card>
  );
}

function ComponentStatusItem({ component, state }: ComponentStatus) {
  const translate = useTranslate();
  return (
    <ListItem disableGutters>
      <ListItemIcon>{STATE_ICONS[state]}</ListItemIcon>
      <ListItemText
        primary={translate(`${KEY}.components.${component}`)}
        secondary={translate(`${KEY}.states.${state}`)}
      />
    </ListItem>
  );
}
