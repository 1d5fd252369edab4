import { SERVICE_ZONE } from '@regflow/calendar';
import { DateTime } from 'luxon';

const london = (instant: string) => DateTime.fromISO(instant, { zone: SERVICE_ZONE });

/** "Tuesday 14 June 2022", for a `yyyy-mm-dd` day. */
export function dayInWords(day: string): string {
  return DateTime.fromISO(day, { zone: SERVICE_ZONE }).toFormat('cccc d LLLL yyyy');
}

/** "10:30am", London time. */
export function timeInWords(instant: string): string {
  return london(instant).toFormat('h:mma').toLowerCase();
}

/** "Tuesday 14 June 2022 at 10:30am", London time. */
export function whenInWords(instant: string): string {
  return `${london(instant).toFormat('cccc d LLLL yyyy')} at ${timeInWords(instant)}`;
}

