import { CivilDate, formatCivilDate, Instant, isBankHoliday, isWallClock, parseCivilDate, SERVICE_ZONE, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { DateTime } from 'luxon';
import { AppointmentMode, AppointmentTypeRules } from './appointment-types';
import { DomainError } from './domain.errors';
import { formatUtcInstant, instantMillis } from './instants';
import { slotId } from './slot-id';

/** A registrar's session in the diary; times are wall-clock in Europe/London. */
export interface DiarySession {
  readonly id: string;
  readonly registrarId: string;
  /** null: a telephone session. */
  readonly officeId: string | null;
  readonly day: CivilDate;
  /** `HH:mm`, London wall-clock time. */
  readonly startTime: string;
  /** `HH:mm`; the last slot ends at or before it. */
  readonly endTime: string;
  readonly acceptedTypes: readonly AppointmentTypeCode[];
}

/** Time a registrar cannot be booked: a block (leave, training) or an existing appointment. */
export interface Busy {
  readonly registrarId: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

export interface OfficeClosedDay {
  /** null: the telephone service. */
  readonly officeId: string | null;
  readonly day: CivilDate;
}

/** What availability needs of a type's rules. */
export type SlotRules = Pick<AppointmentTypeRules, 'code' | 'modes' | 'durationMinutes'>;

export interface AvailabilityQuery {
  readonly type: SlotRules;
  readonly from: CivilDate;
  readonly days: number;
  readonly now: Instant;
  readonly minimumNoticeMinutes: number;
  /** Slots may be offered up to this many calendar days after today's service day. */
  readonly horizonDays: number;
  /** Only this office's sessions (telephone sessions included only when absent). */
  readonly officeId?: string;
  readonly closedDays?: readonly OfficeClosedDay[];
  readonly serviceClosures?: readonly CivilDate[];
  /**
   * The whole appointment's length (longer with extra babies or Tell Us Once: see
   * `appointmentDurationMinutes`); slots stay on the type's grid and each needs this much free time
   * inside its session. Defaults to the type's duration.
   */
  readonly lengthMinutes?: number;
}

export interface Slot {
  readonly id: string;
  readonly sessionId: string;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly mode: AppointmentMode;
  readonly startsAt: string;
  readonly endsAt: string;
}

export const TELEPHONE_OFFICE_KEY = 'telephone';

export interface FirstOffer {
  readonly serviceWide: Slot | null;
  /** The earliest slot at each office; telephone slots under `TELEPHONE_OFFICE_KEY`. */
  readonly byOffice: Readonly<Record<string, Slot>>;
}

interface Interval {
  readonly start: number;
  readonly end: number;
}

const MINUTE = 60_000;

function wholeNumber(value: number, name: string, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new DomainError('invalid-availability-query', `${name} must be a whole number, ${minimum} or more: got ${value}`);
  }
  return value;
}

/** Each registrar's busy time as sorted, disjoint intervals, so one forward walk answers a whole session. */
function indexBusy(busy: readonly Busy[]): ReadonlyMap<string, readonly Interval[]> {
  const byRegistrar = new Map<string, Interval[]>();
  for (const entry of busy) {
    const start = instantMillis(entry.startsAt);
    const end = instantMillis(entry.endsAt);
    if (end <= start) continue;
    const list = byRegistrar.get(entry.registrarId);
    if (list) list.push({ start, end });
    else byRegistrar.set(entry.registrarId, [{ start, end }]);
  }
  const merged = new Map<string, readonly Interval[]>();
  for (const [registrarId, list] of byRegistrar) {
    list.sort((a, b) => a.start - b.start);
    const union: Interval[] = [];
    for (const interval of list) {
      const last = union[union.length - 1];
      if (last && interval.start <= last.end) union[union.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
      else union.push(interval);
    }
    merged.set(registrarId, union);
  }
  return merged;
}

/** The index of the first interval ending after `instant`. */
function firstEndingAfter(intervals: readonly Interval[], instant: number): number {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (intervals[middle].end <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Bank holidays and service-wide closures, each day looked up once. */
function serviceClosedDays(serviceClosures: readonly CivilDate[]): (day: CivilDate) => boolean {
  const closed = new Map<CivilDate, boolean>(serviceClosures.map((day) => [day, true]));
  return (day) => {
    let isClosed = closed.get(day);
    if (isClosed === undefined) {
      isClosed = isBankHoliday(day);
      closed.set(day, isClosed);
    }
    return isClosed;
  };
}

/** Reads sessions' London wall-clock times as instants, converting each distinct day and time once. */
function wallClockReader(): (session: DiarySession, time: string) => number {
  const known = new Map<string, number>();
  return (session, time) => {
    const local = `${session.day}T${time}`;
    let millis = known.get(local);
    if (millis === undefined) {
      if (!isWallClock(time)) {
        throw new DomainError('invalid-session', `session ${session.id}: "${time}" is not a time of day: write it as HH:mm, e.g. 09:30`);
      }
      const moment = DateTime.fromISO(local, { zone: SERVICE_ZONE });
      if (!moment.isValid) throw new DomainError('invalid-session', `session ${session.id}: "${session.day}" is not a calendar date`);
      millis = moment.toMillis();
      known.set(local, millis);
    }
    return millis;
  };
}

function closedDaysByOffice(closedDays: readonly OfficeClosedDay[]): ReadonlyMap<string | null, ReadonlySet<CivilDate>> {
  const byOffice = new Map<string | null, Set<CivilDate>>();
  for (const { officeId, day } of closedDays) {
    const days = byOffice.get(officeId);
    if (days) days.add(day);
    else byOffice.set(officeId, new Set([day]));
  }
  return byOffice;
}

function compareSlots(a: Slot, b: Slot): number {
  return (
    compareText(a.startsAt, b.startsAt) ||
    compareOffice(a.officeId, b.officeId) ||
    compareText(a.registrarId, b.registrarId) ||
    compareText(a.sessionId, b.sessionId)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Offices in id order, telephone after them. */
function compareOffice(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/**
 * The free slots of a type: laid end to end from each accepting session's start, kept when the
 * appointment's whole length fits the session and overlaps no busy time of the session's registrar, fall on an open day within the query's days
 * and the horizon, and start after the minimum notice. Sorted by start, office, registrar.
 */
export function freeSlots(sessions: readonly DiarySession[], busy: readonly Busy[], query: AvailabilityQuery): Slot[] {
  const { type } = query;
  const step = wholeNumber(type.durationMinutes, 'durationMinutes', 1) * MINUTE;
  const length = wholeNumber(query.lengthMinutes ?? type.durationMinutes, 'lengthMinutes', 1) * MINUTE;
  const days = wholeNumber(query.days, 'days', 0);
  const horizonDays = wholeNumber(query.horizonDays, 'horizonDays', 0);
  const earliestStart = instantMillis(query.now) + wholeNumber(query.minimumNoticeMinutes, 'minimumNoticeMinutes', 0) * MINUTE;
  if (days === 0) return [];

  const firstDay = formatCivilDate(parseCivilDate(query.from));
  const lastQueried = formatCivilDate(parseCivilDate(firstDay).plus({ days: days - 1 }));
  const lastInHorizon = formatCivilDate(parseCivilDate(serviceDay(query.now)).plus({ days: horizonDays }));
  const lastDay = lastQueried < lastInHorizon ? lastQueried : lastInHorizon;
  const isServiceClosed = serviceClosedDays(query.serviceClosures ?? []);
  const officeClosures = closedDaysByOffice(query.closedDays ?? []);
  const busyByRegistrar = indexBusy(busy);
  const wallClockMillis = wallClockReader();

  const slots: Slot[] = [];
  for (const session of sessions) {
    const mode: AppointmentMode = session.officeId === null ? 'telephone' : 'face-to-face';
    if (
      !session.acceptedTypes.includes(type.code) ||
      !type.modes.includes(mode) ||
      (query.officeId !== undefined && session.officeId !== query.officeId) ||
      session.day < firstDay ||
      session.day > lastDay ||
      officeClosures.get(session.officeId)?.has(session.day) ||
      isServiceClosed(session.day)
    ) {
      continue;
    }
    const sessionStart = wallClockMillis(session, session.startTime);
    const sessionEnd = wallClockMillis(session, session.endTime);
    if (sessionEnd <= sessionStart) {
      throw new DomainError('invalid-session', `session ${session.id} ends at ${session.endTime}, not after it starts at ${session.startTime}`);
    }
    const taken = busyByRegistrar.get(session.registrarId) ?? [];
    let next = firstEndingAfter(taken, sessionStart);
    for (let start = sessionStart; start + length <= sessionEnd; start += step) {
      const end = start + length;
      while (next < taken.length && taken[next].end <= start) next += 1;
      if (start < earliestStart || (next < taken.length && taken[next].start < end)) continue;
      slots.push({
        id: slotId(session.id, start),
        sessionId: session.id,
        registrarId: session.registrarId,
        officeId: session.officeId,
        mode,
        startsAt: formatUtcInstant(start),
        endsAt: formatUtcInstant(end),
      });
    }
  }
  return slots.sort(compareSlots);
}

/** The earliest slot service-wide and at each office: what a booking records as its first offer. */
export function firstOffer(slots: readonly Slot[]): FirstOffer {
  let serviceWide: Slot | null = null;
  const byOffice: Record<string, Slot> = {};
  for (const slot of slots) {
    if (serviceWide === null || compareSlots(slot, serviceWide) < 0) serviceWide = slot;
    const key = slot.officeId ?? TELEPHONE_OFFICE_KEY;
    const earliest = byOffice[key];
    if (earliest === undefined || compareSlots(slot, earliest) < 0) byOffice[key] = slot;
  }
  return { serviceWide, byOffice };
}
