import type { AppointmentResponse, SessionResponse } from '@regflow/contracts';
import type { RegflowActions } from '../data-provider';
import { formatCivilDay, formatLondonInstant, londonDayOf } from '../dates/london';
import { AppointmentDrop, dropPlace, DropOutcome, freeTimesQuery, slotForDrop, targetSessions } from './drop-to-slot';

export type MoveByDropOutcome =
  | Exclude<DropOutcome, { readonly kind: 'move' }>
  | { readonly kind: 'moved'; readonly appointment: AppointmentResponse }
  /** The server said no (the time was taken meanwhile, the appointment is no longer booked…): its message says why. */
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Moves a dropped appointment to the free slot the drop asks for, with the server's atomic move;
 * asks the server for that day's free times only when the registrar has a session there.
 */
export async function moveByDrop(
  actions: Pick<RegflowActions, 'availability' | 'moveAppointment'>,
  drop: AppointmentDrop,
  sessions: readonly SessionResponse[],
): Promise<MoveByDropOutcome> {
  const unchanged = slotForDrop(drop, sessions, []);
  if (unchanged.kind === 'unchanged') return unchanged;
  const { day, time } = dropPlace(drop);
  if (targetSessions(drop, sessions).length === 0) return { kind: 'no-session', day, time };
  try {
    const { slots } = await actions.availability(freeTimesQuery(drop));
    const outcome = slotForDrop(drop, sessions, slots);
    if (outcome.kind !== 'move') return outcome;
    return { kind: 'moved', appointment: await actions.moveAppointment(drop.appointment.id, outcome.slot.id) };
  } catch (error) {
    return { kind: 'refused', message: error instanceof Error ? error.message : String(error) };
  }
}

/** What the diary tells the user after a drop: an i18n key under `regflow.diary.move`, its values and its tone. */
export interface MoveReport {
  readonly key: 'moved' | 'refused' | 'no_session' | 'not_free' | 'none_free';
  readonly args: Readonly<Record<string, string>>;
  readonly tone: 'success' | 'warning' | 'error';
}

/** `typeName` is the appointment type's name as the user reads it. */
export function moveReport(outcome: MoveByDropOutcome, typeName: string): MoveReport | null {
  switch (outcome.kind) {
    case 'unchanged':
      return null;
    case 'moved': {
      const { reference, startsAt } = outcome.appointment;
      return { key: 'moved', tone: 'success', args: { reference, day: formatCivilDay(londonDayOf(startsAt)), time: formatLondonInstant(startsAt, 'time') } };
    }
    case 'refused':
      return { key: 'refused', tone: 'error', args: { reason: outcome.message } };
    case 'no-session':
      return { key: 'no_session', tone: 'warning', args: { type: typeName, day: formatCivilDay(outcome.day) } };
    case 'not-free': {
      const args = { type: typeName, day: formatCivilDay(outcome.day), time: outcome.time };
      return outcome.freeTimes.length > 0
        ? { key: 'not_free', tone: 'warning', args: { ...args, times: outcome.freeTimes.join(', ') } }
        : { key: 'none_free', tone: 'warning', args };
    }
  }
}
