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

/** An instant (ISO 8601 with offset) as London's wall clock shows it. */
export function formatLondonInstant(instant: string, format: LondonFormat): string {
  return DateTime.fromISO(instant, { zone: LONDON_ZONE }).setLocale('en-GB').toFormat(FORMATS[format]);
}

/** A civil day (`yyyy-mm-dd`) in words; it has no zone. */
export function formatCivilDay(day: string, format: Extract<LondonFormat, 'day' | 'short-day'> = 'day'): string {
  return DateTime.fromISO(day, { zone: LONDON_ZONE }).setLocale('en-GB').toFormat(FORMATS[format]);
}

/** London's day (`yyyy-mm-dd`) at an instant. */
export function londonDayOf(instant: Date | string | number): string {
  const at = instant instanceof Date ? DateTime.fromJSDate(instant) : typeof instant === 'number' ? DateTime.fromMillis(instant) : DateTime.fromISO(instant);
  return at.setZone(LONDON_ZONE).toISODate()!;
}

/** Days after a London day, as a London day. */
export function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: LONDON_ZONE }).plus({ days }).toISODate()!;
}
