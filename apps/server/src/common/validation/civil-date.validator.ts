import { isCivilDate } from '@regflow/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** A real calendar date written `yyyy-mm-dd` (2022-02-30 is refused). */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCivilDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written yyyy-mm-dd, e.g. 2022-06-03`,
      },
    },
    options,
  );
}
