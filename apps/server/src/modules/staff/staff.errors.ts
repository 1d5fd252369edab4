import { StaffErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';
import { sharedErrors } from '../../common/errors/shared-errors';

const error = appErrorFor<StaffErrorCode>();

export const staffErrors = {
  notFound: (id: string) => error('staff-not-found', `there is no member of staff ${id}`),
  emailTaken: (email: string) => error('staff-email-taken', `${email} already belongs to a member of staff: use another address`),
  unknownOffice: (id: string) => sharedErrors.unknownOffice(id, 'officeIds'),
  selfLockout: () =>
    error('admin-self-lockout', 'you cannot deactivate yourself or remove your own admin role: ask another admin'),
};
