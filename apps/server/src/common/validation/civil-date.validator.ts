import { BANK_HOLIDAY_YEARS, isCalendarDay } from '@regflow/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';

export function civilDateMessage(property: string): string {
  return `${property} must be a real date written yyyy-mm-dd from ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last}, e.g. 2022-06-03`;
}

/** A real calendar date written `yyyy-mm-dd` (2022-02-30 is refused), in a year the working-day calendar knows. */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCivilDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDay(value),
        defaultMessage: (args) => civilDateMessage(args?.property ?? 'the date'),
      },
    },
    options,
  );
}
