import type { AppointmentResponse, BlockResponse, SessionResponse } from '@regflow/contracts';
import { DateTime } from 'luxon';
import { londonInstant, londonTimeOf } from '../dates/london';

interface Placed {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
  /** Whose diary: the calendar's column when it shows one column per registrar. */
  readonly registrarId: string;
}

export type AppointmentEvent = Placed & { readonly kind: 'appointment'; readonly appointment: AppointmentResponse };
export type BlockEvent = Placed & { readonly kind: 'block'; readonly block: BlockResponse };
export type SessionEvent = Placed & { readonly kind: 'session'; readonly session: SessionResponse; readonly officeName: string | null };

export type DiaryEvent = AppointmentEvent | BlockEvent | SessionEvent;

export interface DiaryData {
  readonly sessions: readonly SessionResponse[];
  readonly blocks: readonly BlockResponse[];
  readonly appointments: readonly AppointmentResponse[];
  /** Office names by id. */
  readonly officeNames: ReadonlyMap<string, string>;
}

const instant = (iso: string) => DateTime.fromISO(iso).toJSDate();

/** The appointments a diary shows (the server leaves out the cancelled), earliest first. */
export function shownAppointments(appointments: readonly AppointmentResponse[]): AppointmentResponse[] {
  return [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * The calendar's events: appointments and blocked time in front, sessions behind them. Blocks show
 * only with their session, so a filter that hides a session hides its blocks too.
 */
export function diaryEvents({ sessions, blocks, appointments, officeNames }: DiaryData): { events: DiaryEvent[]; backgroundEvents: SessionEvent[] } {
  const sessionIds = new Set(sessions.map((session) => session.id));
  const appointmentEvents: AppointmentEvent[] = shownAppointments(appointments).map((appointment) => ({
    kind: 'appointment',
    id: appointment.id,
    start: instant(appointment.startsAt),
    end: instant(appointment.endsAt),
    registrarId: appointment.registrarId,
    appointment,
  }));
  const blockEvents: BlockEvent[] = blocks
    .filter((block) => sessionIds.has(block.sessionId))
    .map((block) => ({ kind: 'block', id: block.id, start: instant(block.startsAt), end: instant(block.endsAt), registrarId: block.registrarId, block }));
  const backgroundEvents: SessionEvent[] = sessions.map((session) => ({
    kind: 'session',
    id: session.id,
    start: londonInstant(session.day, session.startTime),
    end: londonInstant(session.day, session.endTime),
    registrarId: session.registrarId,
    session,
    officeName: session.officeId === null ? null : (officeNames.get(session.officeId) ?? session.officeId),
  }));
  return { events: [...appointmentEvents, ...blockEvents], backgroundEvents };
}

/** Every wall-clock time the events start or end at, for fitting the grid's hours. */
export function eventTimes(data: Pick<DiaryData, 'sessions' | 'appointments'>): string[] {
  const times = data.sessions.flatMap((session) => [session.startTime, session.endTime]);
  const appointmentTimes = shownAppointments(data.appointments).flatMap((appointment) =>
    [appointment.startsAt, appointment.endsAt].map(londonTimeOf),
  );
  return [...times, ...appointmentTimes];
}

/** A stretch of time selected on the calendar, in London's terms. */
export interface SelectedTime {
  readonly day: string;
  readonly startTime: string;
  readonly endTime: string;
  /** Whose diary, when known (the column's registrar, the filter's, or the registrar's own). */
  readonly registrarId?: string;
}

/** The one session a selection lies inside, if any: selecting there blocks time instead of opening a session. */
export function sessionAround(sessions: readonly SessionResponse[], selected: SelectedTime): SessionResponse | undefined {
  const around = sessions.filter(
    (session) =>
      session.day === selected.day &&
      (!selected.registrarId || session.registrarId === selected.registrarId) &&
      session.startTime <= selected.startTime &&
      selected.endTime <= session.endTime,
  );
  return around.length === 1 ? around[0] : undefined;
}
