import { DateTime } from 'luxon';
import { CalendarError } from './calendar.errors';
import { CivilDate, formatCivilDate } from './civil-date';

export const SERVICE_ZONE = 'Europe/London';

/** An instant: a JS Date, a luxon DateTime, or an ISO 8601 string with its offset (e.g. `2022-06-30T23:30:00Z`). */
export type Instant = Date | DateTime | string;

const ZONED_ISO = /(Z|[+-]\d{2}:?\d{2})$/i;

function toDateTime(instant: Instant): DateTime {
  if (instant instanceof Date) return DateTime.fromJSDate(instant);
  if (typeof instant === 'string') {
    if (!ZONED_ISO.test(instant)) {
      throw new CalendarError(
        'invalid-instant',
        `"${instant}" has no offset: write instants in ISO 8601 with Z or an offset, e.g. 2022-06-30T23:30:00Z`,
      );
    }
    return DateTime.fromISO(instant, { setZone: true });
  }
  return instant;
}

/** The service day of an instant: its calendar date in Europe/London. */
export function serviceDay(instant: Instant): CivilDate {
  const moment = toDateTime(instant);
  if (!moment.isValid) {
    throw new CalendarError('invalid-instant', `"${String(instant)}" is not a valid instant`);
  }
  return formatCivilDate(moment.setZone(SERVICE_ZONE));
}

/** The London wall-clock time (`HH:mm`) of an instant. */
export function wallClockOf(instant: Instant): string {
  const moment = toDateTime(instant);
  if (!moment.isValid) throw new CalendarError('invalid-instant', `"${String(instant)}" is not a valid instant`);
  return moment.setZone(SERVICE_ZONE).toFormat('HH:mm');
}

/** The instant a London wall clock shows `time` on `day`; in the spring-forward gap, the moment the clocks reach it. */
export function londonInstant(day: CivilDate, time: string): Date {
  const moment = DateTime.fromISO(`${day}T${time}`, { zone: SERVICE_ZONE });
  if (!moment.isValid) throw new CalendarError('invalid-date', `"${day} ${time}" is not a London date and time: write yyyy-mm-dd and HH:mm`);
  return moment.toJSDate();
}
