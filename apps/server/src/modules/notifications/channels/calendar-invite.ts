import { createEvent, EventAttributes } from 'ics';

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
   * Which version of the appointment this is: 0 as booked, one more for each later change of time
   * or cancellation. A calendar keeps the version with the highest SEQUENCE.
   */
  readonly sequence: number;
  /** When this version was made (the appointment's `updatedAt`), stamped on the event. */
  readonly revisedAt: Date;
  /** A cancelled appointment: METHOD:CANCEL, so calendars that already hold the event remove it. */
  readonly cancelled?: boolean;
}

/** The iTIP method of the file: PUBLISH adds or updates the event, CANCEL withdraws it. */
function methodOf(input: Pick<CalendarInviteInput, 'cancelled'>): 'PUBLISH' | 'CANCEL' {
  return input.cancelled ? 'CANCEL' : 'PUBLISH';
}

/** The attachment's content type, naming the same method as the file inside (RFC 6047). */
export function calendarContentType(input: Pick<CalendarInviteInput, 'cancelled'>): string {
  return `text/calendar; charset=utf-8; method=${methodOf(input)}`;
}

/**
 * An iCalendar file with one event in UTC. METHOD:PUBLISH for an attachment to add to a calendar,
 * which every client accepts (METHOD:REQUEST would need an organiser and attendees and ask for a
 * reply); METHOD:CANCEL with STATUS:CANCELLED once the appointment is cancelled.
 */
export function calendarInvite(input: CalendarInviteInput): string {
  const attributes: EventAttributes & { readonly timestamp: number } = {
    uid: input.uid,
    productId: PRODUCT_ID,
    method: methodOf(input),
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
    sequence: input.sequence,
    timestamp: input.revisedAt.getTime(),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null) throw error ?? new Error(`could not write the calendar file for ${input.uid}`);
  return value;
}
