import { AuthErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<AuthErrorCode>();

export const authErrors = {
  wrongCredentials: () => error('wrong-credentials', 'the email or password is wrong: check both and try again'),
  tooManyAttempts: (minutes: number) =>
    error('too-many-sign-in-attempts', `too many failed sign-ins for this account or from this address: try again in ${minutes} minutes`),
  wrongCurrentPassword: () => error('wrong-current-password', 'currentPassword is not your password: give the one you signed in with'),
  notSignedIn: () => error('not-signed-in', 'sign in first: POST /api/auth/login'),
  forbidden: (roles: readonly string[]) =>
    error('forbidden', `this needs one of these roles: ${roles.join(', ')}`),
  notYourDiary: () => error('not-your-diary', 'registrars may change only their own diary: ask a manager'),
};
