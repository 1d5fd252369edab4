import { formatNotice, isChangeableOnline } from '@regflow/domain';
import { DateTime } from 'luxon';
import type { ResidentBooking } from '../booking-port';

/**
 * Whether a resident may still change or cancel their appointment online: until the type's
 * minimum notice (`changeableUntil`); after it, until the appointment ends, they are told to call.
 */
export type ChangeWindow =
  | { readonly kind: 'open' }
  | { readonly kind: 'too-late'; readonly reason: string }
  | { readonly kind: 'closed' };

const millis = (instant: string) => DateTime.fromISO(instant).toMillis();

export function changeWindowOf(booking: Pick<ResidentBooking, 'status' | 'startsAt' | 'endsAt' | 'changeableUntil'>, now: string): ChangeWindow {
  if (booking.status !== 'booked' || millis(now) >= millis(booking.endsAt)) return { kind: 'closed' };
  const noticeMinutes = Math.round((millis(booking.startsAt) - millis(booking.changeableUntil)) / 60_000);
  if (isChangeableOnline(booking.startsAt, noticeMinutes, now)) return { kind: 'open' };
  const reason =
    noticeMinutes > 0 && millis(now) < millis(booking.startsAt)
      ? `You cannot change or cancel this appointment online because it is less than ${formatNotice(noticeMinutes)} away.`
      : 'You cannot change or cancel this appointment online because it has already started.';
  return { kind: 'too-late', reason };
}

/** Whether the appointment is still to come (or under way): what to bring and the calendar file still matter. */
export function isUpcoming(booking: Pick<ResidentBooking, 'status' | 'endsAt'>, now: string): boolean {
  return booking.status === 'booked' && millis(now) < millis(booking.endsAt);
}
