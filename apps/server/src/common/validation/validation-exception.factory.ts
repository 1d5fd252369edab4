import { FieldProblem } from '@regflow/contracts';
import { ValidationError } from 'class-validator';
import { AppError } from '../errors/app-error';

/** 400 `invalid-input` with `fields: [{ field, problems }]`: every field and what to fix. */
export class InvalidInputError extends AppError<'invalid-input'> {
  constructor(readonly fields: readonly FieldProblem[]) {
    super('invalid-input', fields.flatMap((field) => field.problems).join('; '));
  }
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => problem.replace(/^property (\S+) should not exist$/, `${field} is not a field this endpoint takes: remove it`));
    return [...(own.length > 0 ? [{ field, problems: own }] : []), ...flatten(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): InvalidInputError {
  return new InvalidInputError(flatten(errors));
}
