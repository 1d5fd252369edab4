import { BadRequestException } from '@nestjs/common';
import { ValidationError } from 'class-validator';

export interface FieldProblem {
  readonly field: string;
  readonly problems: string[];
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => problem.replace(/^property (\S+) should not exist$/, `${field} is not a field this endpoint takes: remove it`));
    return [...(own.length > 0 ? [{ field, problems: own }] : []), ...flatten(error.children ?? [], field)];
  });
}

/** 400 `{ statusCode, code: 'invalid-input', message, fields: [{ field, problems }] }`: every field and what to fix. */
export function validationExceptionFactory(errors: ValidationError[]): BadRequestException {
  const fields = flatten(errors);
  return new BadRequestException({
    statusCode: 400,
    code: 'invalid-input',
    message: fields.flatMap((field) => field.problems).join('; '),
    fields,
  });
}
