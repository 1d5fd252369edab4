import { Instant } from '@regflow/calendar';
import { DateTime } from 'luxon';
import { instantMillis } from './instants';

const MINUTES_PER_HOUR = 60;

/**
 * The last moment a resident may change or cancel an appointment online: the type's minimum
 * notice before it starts, the same notice online booking closes at. After it, only staff can.
 */
export function changeableUntil(startsAt: Instant, minimumNoticeMinutes: number): Date {
  return DateTime.fromMillis(instantMillis(startsAt)).minus({ minutes: minimumNoticeMinutes }).toJSDate();
}

/** Whether a resident may still change or cancel online at `now`, the last moment included. */
export function isChangeableOnline(startsAt: Instant, minimumNoticeMinutes: number, now: Instant): boolean {
  return instantMillis(now) <= changeableUntil(startsAt, minimumNoticeMinutes).getTime();
}

/** A minimum notice as residents read it: `24 hours`, `1 hour`, `90 minutes`. */
export function formatNotice(minimumNoticeMinutes: number): string {
  const wholeHours = minimumNoticeMinutes > 0 && minimumNoticeMinutes % MINUTES_PER_HOUR === 0;
  const [count, unit] = wholeHours ? [minimumNoticeMinutes / MINUTES_PER_HOUR, 'hour'] : [minimumNoticeMinutes, 'minute'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
