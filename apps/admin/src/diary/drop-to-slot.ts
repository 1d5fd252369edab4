import type { AppointmentResponse, SessionResponse, SlotResponse } from '@regflow/contracts';
import type { StaffAvailabilityQuery } from '../data-provider';
import { londonDayOf, londonTimeOf } from '../dates/london';

/** An appointment dropped on the calendar: where it landed and in whose diary. */
export interface AppointmentDrop {
  readonly appointment: Pick<AppointmentResponse, 'id' | 'type' | 'registrarId' | 'startsAt'>;
  /** The instant the event's top landed on. */
  readonly start: Date;
  /** The registrar whose diary it landed in (the column's, or the appointment's own). */
  readonly registrarId: string;
}

export type DropOutcome =
  /** Dropped where it already was: nothing to do. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'move'; readonly slot: SlotResponse }
  /** The registrar has no session that day open to the type. */
  | { readonly kind: 'no-session'; readonly day: string; readonly time: string }
  /** No free slot of the type starts then in the registrar's sessions that day; `freeTimes` are those that do. */
  | { readonly kind: 'not-free'; readonly day: string; readonly time: string; readonly freeTimes: readonly string[] };

/** The session a slot id names: `<session id>~<yyyyMMdd'T'HHmm'Z'>`. */
export function sessionIdOfSlot(slotId: string): string {
  const separator = slotId.indexOf('~');
  return separator < 0 ? slotId : slotId.slice(0, separator);
}

/** London day and wall clock of a drop. */
export function dropPlace(drop: AppointmentDrop): { readonly day: string; readonly time: string } {
  return { day: londonDayOf(drop.start), time: londonTimeOf(drop.start) };
}

/** The free times a drop can take: that day's, for moving this appointment (its own time counts as free, each as long as it is). */
export function freeTimesQuery(drop: AppointmentDrop): StaffAvailabilityQuery {
  return { type: drop.appointment.type, from: dropPlace(drop).day, days: 1, moving: drop.appointment.id };
}

/** The registrar's sessions that day open to the type: the only ones a drop can land in. */
export function targetSessions(drop: AppointmentDrop, sessions: readonly SessionResponse[]): SessionResponse[] {
  const { day } = dropPlace(drop);
  return sessions.filter(
    (session) => session.registrarId === drop.registrarId && session.day === day && session.acceptedTypes.includes(drop.appointment.type),
  );
}

/**
 * Which free slot a drop asks for: one of the appointment's type starting exactly at the drop, in a
 * session of the target registrar that day. `freeSlots` are the type's free slots that day, anyone's.
 */
export function slotForDrop(drop: AppointmentDrop, sessions: readonly SessionResponse[], freeSlots: readonly SlotResponse[]): DropOutcome {
  const dropAt = drop.start.getTime();
  if (drop.registrarId === drop.appointment.registrarId && Date.parse(drop.appointment.startsAt) === dropAt) {
    return { kind: 'unchanged' };
  }
  const { day, time } = dropPlace(drop);
  const sessionIds = new Set(targetSessions(drop, sessions).map((session) => session.id));
  if (sessionIds.size === 0) return { kind: 'no-session', day, time };
  const inDiary = freeSlots.filter((slot) => sessionIds.has(sessionIdOfSlot(slot.id)));
  const slot = inDiary.find((candidate) => Date.parse(candidate.startsAt) === dropAt);
  if (slot) return { kind: 'move', slot };
  const freeTimes = [...new Set(inDiary.map((candidate) => londonTimeOf(candidate.startsAt)))].sort();
  return { kind: 'not-free', day, time, freeTimes };
}
