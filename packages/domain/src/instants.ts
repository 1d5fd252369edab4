import { Instant } from '@regflow/calendar';
import { DateTime } from 'luxon';
import { DomainError } from './domain.errors';

const ZONED_ISO = /(Z|[+-]\d{2}:?\d{2})$/i;

/** Milliseconds since the epoch of an instant; strings must carry `Z` or an offset. */
export function instantMillis(instant: Instant): number {
  let moment: DateTime;
  if (instant instanceof Date) moment = DateTime.fromJSDate(instant);
  else if (typeof instant === 'string') {
    if (!ZONED_ISO.test(instant)) {
      throw new DomainError('invalid-instant', `"${instant}" has no offset: write instants in ISO 8601 with Z or an offset, e.g. 2022-07-04T08:00:00Z`);
    }
    moment = DateTime.fromISO(instant, { setZone: true });
  } else moment = instant;
  if (!moment.isValid) throw new DomainError('invalid-instant', `"${String(instant)}" is not a valid instant`);
  return moment.toMillis();
}

/**
 * The one way this package writes an instant: ISO 8601 in UTC, `2022-07-04T08:00:00Z`
 * (milliseconds appear only when they are not zero). Written by `Date#toISOString`, which gives
 * luxon's UTC text without building a DateTime for each of thousands of slots.
 */
export function formatUtcInstant(instant: Instant | number): string {
  const millis = typeof instant === 'number' ? instant : instantMillis(instant);
  if (!Number.isFinite(millis)) throw new DomainError('invalid-instant', `${millis} is not a valid instant`);
  const text = new Date(millis).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}
