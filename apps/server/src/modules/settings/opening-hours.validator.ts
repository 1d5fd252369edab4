import { isWallClock } from '@regflow/calendar';
import { ValidateBy, ValidationOptions } from 'class-validator';

const ISO_WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];
const EXAMPLE = '{"1":["09:00","17:00"]}';

/** What is wrong with opening hours (`{ "<ISO weekday>": ["HH:mm", "HH:mm"] }`, a weekday left out is closed), or null. */
export function openingHoursProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `openingHours must be an object of ISO weekdays, e.g. ${EXAMPLE}`;
  for (const [weekday, hours] of Object.entries(value)) {
    if (!ISO_WEEKDAYS.includes(weekday)) return `openingHours cannot use "${weekday}": weekdays are 1 (Monday) to 7 (Sunday)`;
    const times: unknown[] = Array.isArray(hours) ? hours : [];
    if (times.length !== 2 || !times.every(isWallClock)) {
      return `openingHours.${weekday} must be [opens, closes] written HH:mm, e.g. ["09:00","17:00"]`;
    }
    if ((times[0] as string) >= (times[1] as string)) return `openingHours.${weekday} must open before it closes`;
  }
  return null;
}

/** Opening hours per ISO weekday, each day opening before it closes. */
export function IsOpeningHours(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOpeningHours',
      validator: {
        validate: (value: unknown) => openingHoursProblem(value) === null,
        defaultMessage: (args) => openingHoursProblem(args?.value) ?? 'openingHours are not valid',
      },
    },
    options,
  );
}
