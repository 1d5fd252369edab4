import { DateTime } from 'luxon';

/** Service days and times are London's, whatever the browser's own zone. */
export const LONDON_ZONE = 'Europe/London';

const FORMATS = {
  /** Monday 7 December 2026 */
  day: 'cccc d MMMM yyyy',
  /** Mon 7 Dec */
  'short-day': 'ccc d MMM',
  /** 09:30 */
  time: 'HH:mm',
  /** Mon 7 Dec 2026, 09:30 */
  'day-time': 'ccc d MMM yyyy, HH:mm',
} as const;

export type LondonFormat = keyof typeof FORMATS;

/** An instant: a Date, milliseconds since 1970, or ISO 8601 with an offset. */
type Instant = Date | string | number;

const CIVIL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SORTABLE_WALL_CLOCK = 'yyyy-MM-dd HH:mm';
const DATETIME_INPUT = "yyyy-MM-dd'T'HH:mm";

function inLondon(instant: Instant): DateTime {
  const at = instant instanceof Date ? DateTime.fromJSDate(instant) : typeof instant === 'number' ? DateTime.fromMillis(instant) : DateTime.fromISO(instant);
  return at.setZone(LONDON_ZONE);
}

const utcIso = (at: DateTime) => at.toUTC().toISO({ suppressMilliseconds: false })!;

/** Whether `value` is a real calendar day written `yyyy-mm-dd` (2026-02-30 is not). */
export function isCivilDay(value: string): boolean {
  return CIVIL_DAY.test(value) && DateTime.fromISO(value, { zone: LONDON_ZONE }).isValid;
}

/** An instant (ISO 8601 with offset) as London's wall clock shows it. */
export function formatLondonInstant(instant: string, format: LondonFormat): string {
  return DateTime.fromISO(instant, { zone: LONDON_ZONE }).setLocale('en-GB').toFormat(FORMATS[format]);
}

/** A civil day (`yyyy-mm-dd`) in words; it has no zone. */
export function formatCivilDay(day: string, format: Extract<LondonFormat, 'day' | 'short-day'> = 'day'): string {
  return DateTime.fromISO(day, { zone: LONDON_ZONE }).setLocale('en-GB').toFormat(FORMATS[format]);
}

/** London's day (`yyyy-mm-dd`) at an instant. */
export function londonDayOf(instant: Instant): string {
  return inLondon(instant).toISODate()!;
}

/** London's wall clock (`HH:mm`) at an instant. */
export function londonTimeOf(instant: Instant): string {
  return inLondon(instant).toFormat(FORMATS.time);
}

/** The instant a London wall clock shows `time` (`HH:mm`) on `day`. */
export function londonInstant(day: string, time: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone: LONDON_ZONE }).toJSDate();
}

/** Days after a London day, as a London day. */
export function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: LONDON_ZONE }).plus({ days }).toISODate()!;
}

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
  return instant === null ? null : DateTime.fromISO(instant, { zone: LONDON_ZONE }).toFormat(SORTABLE_WALL_CLOCK);
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
