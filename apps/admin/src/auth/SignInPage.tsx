import { Box, Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';

/** react-admin's sign-in page, asking for the email staff sign in with, in a main landmark with a heading. */
export function SignInPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box component="main">
        <Typography component="h1" variant="h6" align="center">
          {translate('regflow.auth.title')}
        </Typography>
        <LoginForm>
          <TextInput
            autoFocus
            source="email"
            type="email"
            label="regflow.auth.email"
            autoComplete="username"
            validate={required()}
          />
          <PasswordInput
            source="password"
            label="ra.auth.password"
            autoComplete="current-password"
            validate={required()}
          />
        </LoginForm>
      </Box>
    </Login>
  );
}
