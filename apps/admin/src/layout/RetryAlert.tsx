import { Alert, Button, SxProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface RetryAlertProps {
  /** What could not be loaded, and why. */
  readonly children: ReactNode;
  readonly onRetry: () => void;
  readonly sx?: SxProps;
}

/** Something failed to load: what went wrong, and a Try again that asks once more. */
export function RetryAlert({ children, onRetry, sx }: RetryAlertProps) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        <Button color="inherit" onClick={onRetry}>
          {translate('regflow.layout.try_again')}
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
