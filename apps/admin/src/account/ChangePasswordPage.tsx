import type { ErrorResponse } from '@regflow/contracts';
import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, HttpError, maxLength, minLength, PasswordInput, required, SaveButton, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { RegflowDataProvider } from '../data-provider';

const KEY = 'regflow.account.password';

/** The server's rule for a new password (ChangePasswordDto). */
const NEW_PASSWORD_LENGTH = { min: 12, max: 200 } as const;

interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly repeatPassword: string;
}

const sameAsNew = (repeat: string, values: Partial<PasswordChange>) => (repeat && repeat !== values.newPassword ? `${KEY}.errors.mismatch` : undefined);

const validateCurrent = [required(`${KEY}.errors.current_missing`)];
const validateNew = [
  required(`${KEY}.errors.new_missing`),
  minLength(NEW_PASSWORD_LENGTH.min, `${KEY}.errors.too_short`),
  maxLength(NEW_PASSWORD_LENGTH.max, `${KEY}.errors.too_long`),
];
const validateRepeat = [required(`${KEY}.errors.repeat_missing`), sameAsNew];

type Outcome = { readonly changed: true } | { readonly refusal: string } | undefined;

/** `/account/password`: a member of staff changes their own password, giving the current one. */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function change(values: Partial<Record<keyof PasswordChange, unknown>>) {
    setSaving(true);
    try {
      await dataProvider.changePassword(String(values.currentPassword), String(values.newPassword));
      setOutcome({ changed: true });
      setFormKey((key) => key + 1);
      notify(`${KEY}.changed`, { type: 'success' });
      return undefined;
    } catch (error) {
      if (error instanceof HttpError && (error.body as Partial<ErrorResponse> | undefined)?.code === 'wrong-current-password') {
        setOutcome(undefined);
        return { currentPassword: `${KEY}.errors.wrong_current` };
      }
      setOutcome({ refusal: error instanceof Error && error.message ? error.message : translate('ra.notification.http_error') });
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={`${KEY}.title`} />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate(`${KEY}.title`)}
        </Typography>
        <Typography gutterBottom>{translate(`${KEY}.rules`, NEW_PASSWORD_LENGTH)}</Typography>
        <Typography gutterBottom>{translate(`${KEY}.other_sessions`)}</Typography>
        <div aria-live="polite">
          {outcome && 'changed' in outcome ? <Alert severity="success">{translate(`${KEY}.changed`)}</Alert> : null}
        </div>
        {outcome && 'refusal' in outcome ? (
          <Alert severity="error" role="alert">
            {translate(`${KEY}.refused`, { reason: outcome.refusal })}
          </Alert>
        ) : null}
        <Form key={formKey} onSubmit={change}>
          <PasswordInput source="currentPassword" label={`${KEY}.current`} autoComplete="current-password" validate={validateCurrent} fullWidth />
          <PasswordInput
            source="newPassword"
            label={`${KEY}.new`}
            helperText={translate(`${KEY}.new_hint`, NEW_PASSWORD_LENGTH)}
            autoComplete="new-password"
            validate={validateNew}
            fullWidth
          />
          <PasswordInput source="repeatPassword" label={`${KEY}.repeat`} autoComplete="new-password" validate={validateRepeat} fullWidth />
          <SaveButton label={`${KEY}.submit`} alwaysEnable={!saving} />
        </Form>
      </CardContent>
    </Card>
  );
}
