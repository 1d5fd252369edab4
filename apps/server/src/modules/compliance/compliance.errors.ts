import { ComplianceReportsErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<ComplianceReportsErrorCode>();

export const complianceErrors = {
  noTarget: (title: string) => error('indicator-without-target', `${title} is a count with no target to set`),
  notAMonth: (label: string) => error('not-a-month', `month must be a month, yyyy-mm, e.g. 2021-12 (not "${label}")`),
  outOfBounds: (what: string) => error('report-out-of-bounds', what),
  unknownIndicator: (code: string) => error('unknown-indicator', `"${code}" is not an indicator: GET /api/compliance/scorecard lists their codes`),
};
