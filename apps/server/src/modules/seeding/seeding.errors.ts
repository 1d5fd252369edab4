import { SeedingErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<SeedingErrorCode>();

export const seedingErrors = {
  invalidDemoData: (problems: readonly string[]) =>
    error('invalid-demo-data', `the demo data in seeds/ is inconsistent; fix these and run again: ${problems.join('; ')}`),
};
