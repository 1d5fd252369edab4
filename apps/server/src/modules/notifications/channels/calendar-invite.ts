import { createEvent, EventAttributes } from 'ics';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';
const PRODUCT_ID = '-//regflow//appointments//EN';

export interface CalendarInviteInput {
  /** The same for every version of one appointment, e.g. `appointment-<id>@regflow.local`, so a new version replaces the old. */
  readonly uid: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** Null for a telephone appointment. */
  readonly location: string | null;
  readonly description: string;
  /**
   * When this version was made (the appointment's `updatedAt`). It stamps the event and sets its
   * SEQUENCE, so a calendar keeps the latest version; the time of writing when absent.
   */
  readonly revisedAt?: Date;
  /** A cancelled appointment: calendars that already hold the event mark it cancelled. */
  readonly cancelled?: boolean;
}

/** Seconds from 2020, so a later revision always has a higher SEQUENCE and fits a 32-bit integer. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/**
 * An iCalendar file with one event in UTC. METHOD:PUBLISH: an attachment to add to a calendar, which
 * every client accepts; METHOD:REQUEST would need an organiser and attendees and ask for a reply.
 */
export function calendarInvite(input: CalendarInviteInput): string {
  const revisedAt = input.revisedAt ?? new Date();
  const attributes: EventAttributes & { readonly timestamp: number } = {
    uid: input.uid,
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    title: input.title,
    description: input.description,
    ...(input.location ? { location: input.location } : {}),
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: input.cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: Math.max(0, Math.floor((revisedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000)),
    timestamp: revisedAt.getTime(),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null) throw error ?? new Error(`could not write the calendar file for ${input.uid}`);
  return value;
}
