import { DateTime } from 'luxon';
import { LONDON_ZONE, plusDays } from '../../dates/london';

const WALL_CLOCK = 'yyyy-MM-dd HH:mm';
const DATETIME_INPUT = "yyyy-MM-dd'T'HH:mm";

const utcIso = (at: DateTime) => at.toUTC().toISO({ suppressMilliseconds: false })!;

/** The first instant of a London day (`yyyy-mm-dd`), in UTC: a list's `at_gte`. */
export function londonDayStart(day: string): string {
  return utcIso(DateTime.fromISO(day, { zone: LONDON_ZONE }).startOf('day'));
}

/** The last instant of a London day, in UTC: a list's `at_lte`. */
export function londonDayEnd(day: string): string {
  return utcIso(DateTime.fromISO(plusDays(day, 1), { zone: LONDON_ZONE }).startOf('day').minus({ milliseconds: 1 }));
}

/** An instant as London's wall clock writes it, `2026-07-06 09:30`: a spreadsheet column that sorts. */
export function londonWallClock(instant: string | null): string | null {
  return instant === null ? null : DateTime.fromISO(instant, { zone: LONDON_ZONE }).toFormat(WALL_CLOCK);
}

/** An instant as a date-and-time field shows it, in London time: `2026-07-06T09:30`. */
export function toLondonDateTimeInput(instant: string | null | undefined): string {
  return instant ? DateTime.fromISO(instant, { zone: LONDON_ZONE }).toFormat(DATETIME_INPUT) : '';
}

/** What a date-and-time field holds, read as London time, as a UTC instant; empty is null. */
export function fromLondonDateTimeInput(value: string | null | undefined): string | null {
  if (!value) return null;
  const at = DateTime.fromISO(value, { zone: LONDON_ZONE });
  return at.isValid ? utcIso(at) : null;
}
