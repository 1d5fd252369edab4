import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const staffErrors = {
  notFound: (id: string) => new AppError('staff-not-found', HttpStatus.NOT_FOUND, `there is no member of staff ${id}`),
  emailTaken: (email: string) => new AppError('staff-email-taken', HttpStatus.CONFLICT, `${email} already belongs to a member of staff: use another address`),
  unknownOffice: (id: string) => new AppError('unknown-office', HttpStatus.BAD_REQUEST, `officeIds: ${id} is not an office`),
  selfLockout: () =>
    new AppError('admin-self-lockout', HttpStatus.CONFLICT, 'you cannot deactivate yourself or remove your own admin role: ask another admin'),
};
