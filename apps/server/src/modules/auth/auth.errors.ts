import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const authErrors = {
  wrongCredentials: () => new AppError('wrong-credentials', HttpStatus.UNAUTHORIZED, 'the email or password is wrong: check both and try again'),
  tooManyAttempts: (minutes: number) =>
    new AppError('too-many-sign-in-attempts', HttpStatus.TOO_MANY_REQUESTS, `too many failed sign-ins for this account: try again in ${minutes} minutes`),
  notSignedIn: () => new AppError('not-signed-in', HttpStatus.UNAUTHORIZED, 'sign in first: POST /api/auth/login'),
  forbidden: (roles: readonly string[]) =>
    new AppError('forbidden', HttpStatus.FORBIDDEN, `this needs one of these roles: ${roles.join(', ')}`),
  notYourDiary: () => new AppError('not-your-diary', HttpStatus.FORBIDDEN, 'registrars may change only their own diary: ask a manager'),
};
