import { AuditErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<AuditErrorCode>();

export const auditErrors = {
  entryNotFound: (id: string) => error('audit-entry-not-found', `there is no audit entry ${id}`),
  notAnInstant: (filter: string) => error('invalid-filter', `filter ${filter} must be an ISO 8601 instant, e.g. 2022-07-04T00:00:00Z`),
};
