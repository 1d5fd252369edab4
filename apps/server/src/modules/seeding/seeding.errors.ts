import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const seedingErrors = {
  invalidDemoData: (problems: readonly string[]) =>
    new AppError('invalid-demo-data', HttpStatus.INTERNAL_SERVER_ERROR, `the demo data in seeds/ is inconsistent; fix these and run again: ${problems.join('; ')}`),
};
