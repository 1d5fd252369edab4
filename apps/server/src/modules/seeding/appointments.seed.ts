import { addDays, CivilDate, parseCivilDate, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { AvailabilityQuery, Busy, DiarySession, formatReference, freeSlots, Slot, targetDeadline } from '@regflow/domain';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppointmentRequestEntity, RequestChannel } from '../scheduling/appointment-request.entity';
import { AppointmentTypeEntity } from '../settings/appointment-type.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { recordLeadOfficers } from '../diaries/slot-claims';
import { DemoResidents } from './demo-data';
import { DemoRandom } from './demo-random';
import { insertRows } from './insert-rows';

export interface AppointmentsInput {
  readonly sessions: readonly DiarySession[];
  readonly types: readonly AppointmentTypeEntity[];
  readonly residents: DemoResidents;
  readonly random: DemoRandom;
  readonly now: Date;
}

/** The share of each session's slots that is booked: busy for the next fortnight, lighter after. */
const BUSY_WEEKS = 2;
const BUSY_SHARE: readonly [number, number] = [0.4, 0.6];
const LATER_SHARE: readonly [number, number] = [0.1, 0.25];

interface Demand {
  readonly weight: number;
  /** Booked only in sessions up to this many days from today. */
  readonly daysAhead: number;
  /** How many days before the request the birth or death happened. */
  readonly eventDaysBefore?: readonly [number, number];
}

/** Deaths and still-births are booked within the week; births within the 42 days the law allows from the birth. */
const DEMAND: Readonly<Record<AppointmentTypeCode, Demand>> = {
  birth: { weight: 40, daysAhead: 28, eventDaysBefore: [1, 10] },
  death: { weight: 35, daysAhead: 7, eventDaysBefore: [0, 3] },
  notice: { weight: 20, daysAhead: 56 },
  'still-birth': { weight: 5, daysAhead: 7, eventDaysBefore: [0, 3] },
  'notice-referred': { weight: 1, daysAhead: 56 },
  ceremony: { weight: 1, daysAhead: 56 },
};
const ONLINE_SHARE = 0.8;
/** Requests are spread over the three days before the seed, oldest booked first. */
const REQUEST_WINDOW_MINUTES = 3 * 24 * 60;
const REFERENCE_BYTES = 6;
const FIRST_OFFER_WINDOW_DAYS = 7;

interface PlannedBooking {
  readonly session: DiarySession;
  readonly type: AppointmentTypeEntity;
}

interface Booked {
  readonly request: AppointmentRequestEntity;
  readonly appointment: AppointmentEntity;
}

class BookingPlanner {
  private readonly types: ReadonlyMap<AppointmentTypeCode, AppointmentTypeEntity>;
  private readonly sessionsByOffice = new Map<string | null, DiarySession[]>();
  private readonly today: CivilDate;
  private readonly weekEnds: CivilDate;
  /** Booked time, with the day of its session: it can only collide with that registrar's sessions that day. */
  private readonly booked: { readonly day: CivilDate; readonly busy: Busy }[] = [];
  private readonly references = new Set<string>();

  constructor(private readonly input: AppointmentsInput) {
    this.types = new Map(input.types.map((type) => [type.code, type]));
    this.today = serviceDay(input.now);
    this.weekEnds = addDays(this.today, FIRST_OFFER_WINDOW_DAYS - 1);
    for (const session of input.sessions) {
      const atOffice = this.sessionsByOffice.get(session.officeId);
      if (atOffice) atOffice.push(session);
      else this.sessionsByOffice.set(session.officeId, [session]);
    }
  }

  /** Each session's bookings, its share of slots drawn from the range for its week, in random order. */
  plan(): PlannedBooking[] {
    const { random, sessions } = this.input;
    const busyUntil = addDays(this.today, BUSY_WEEKS * 7);
    const planned: PlannedBooking[] = [];
    for (const session of sessions) {
      const accepted = session.acceptedTypes.flatMap((code) => {
        const type = this.types.get(code);
        return type && session.day < addDays(this.today, DEMAND[code].daysAhead) ? [type] : [];
      });
      if (accepted.length === 0) continue;
      const capacity = Math.max(...accepted.map((type) => this.freeSlots(type, [session], session.day).length));
      const wanted = Math.round(capacity * random.between(...(session.day < busyUntil ? BUSY_SHARE : LATER_SHARE)));
      const codes = accepted.map((type) => type.code);
      for (let count = 0; count < wanted; count += 1) {
        const code = random.weighted(codes, (candidate) => DEMAND[candidate].weight);
        planned.push({ session, type: accepted[codes.indexOf(code)] });
      }
    }
    return random.shuffle(planned);
  }

  /**
   * Books a random free slot of the planned session. The first offers are the earliest free slots
   * of the type at this point of the seed, judged from the seed's `now` rather than the request
   * time: an approximation, as the seeded diary has nothing before today. One search of the coming
   * week usually answers all three questions; a later day is searched only when it does not.
   */
  book({ session, type }: PlannedBooking, requestedAt: Date): Booked | undefined {
    const atOfficeSessions = this.sessionsByOffice.get(session.officeId) ?? [];
    const thisWeek = this.freeSlots(type, this.input.sessions, this.weekEnds);
    const inSession =
      session.day <= this.weekEnds ? thisWeek.filter((slot) => slot.sessionId === session.id) : this.freeSlots(type, [session], session.day);
    if (inSession.length === 0) return undefined;
    const serviceWide = thisWeek[0] ?? this.freeSlots(type, this.input.sessions, session.day)[0];
    const atOffice = thisWeek.find((slot) => slot.officeId === session.officeId) ?? this.freeSlots(type, atOfficeSessions, session.day)[0];
    const slot = this.input.random.pick(inSession);
    this.booked.push({ day: session.day, busy: { registrarId: slot.registrarId, startsAt: slot.startsAt, endsAt: slot.endsAt } });
    const request = this.request(type, requestedAt, serviceWide, atOffice);
    return { request, appointment: this.appointment(request, slot) };
  }

  /** Free slots of the type from today to `lastDay`, earliest first. */
  private freeSlots(type: AppointmentTypeEntity, sessions: readonly DiarySession[], lastDay: CivilDate): Slot[] {
    const query: AvailabilityQuery = {
      type,
      from: this.today,
      days: parseCivilDate(lastDay).diff(parseCivilDate(this.today), 'days').days + 1,
      now: this.input.now,
      minimumNoticeMinutes: type.minimumNoticeMinutes,
      horizonDays: type.horizonDays,
    };
    const registrars = new Set(sessions.map((session) => session.registrarId));
    const busy = this.booked.filter((entry) => entry.day <= lastDay && registrars.has(entry.busy.registrarId)).map((entry) => entry.busy);
    return freeSlots(sessions, busy, query);
  }

  private request(type: AppointmentTypeEntity, requestedAt: Date, serviceWide: Slot | undefined, atOffice: Slot | undefined): AppointmentRequestEntity {
    const { random } = this.input;
    const { eventDaysBefore } = DEMAND[type.code];
    const day = serviceDay(requestedAt);
    const channel: RequestChannel = type.onlineBookable && random.chance(ONLINE_SHARE) ? 'online' : 'phone';
    const paperworkReadyAt = type.code === 'still-birth' ? requestedAt : null;
    return {
      id: randomUUID(),
      typeCode: type.code,
      channel,
      requestedAt,
      serviceDay: day,
      paperworkReadyAt,
      targetWorkingDays: type.targetWorkingDays,
      targetDeadlineOn: targetDeadline({ typeCode: type.code, requestedAt, paperworkReadyAt, targetWorkingDays: type.targetWorkingDays }),
      eventDate: eventDaysBefore ? addDays(day, -random.integer(...eventDaysBefore)) : null,
      coronerReferral: false,
      babies: 1,
      tellUsOnce: false,
      firstOfferStartsAt: serviceWide ? new Date(serviceWide.startsAt) : null,
      firstOfferAtOfficeStartsAt: atOffice ? new Date(atOffice.startsAt) : null,
      idempotencyKey: null,
      idempotencyBodyHash: null,
    };
  }

  private appointment(request: AppointmentRequestEntity, slot: Slot): AppointmentEntity {
    const { random, residents } = this.input;
    const firstName = random.pick(residents.firstNames);
    const surname = random.pick(residents.surnames);
    return {
      id: randomUUID(),
      requestId: request.id,
      sessionId: slot.sessionId,
      registrarId: slot.registrarId,
      officeId: slot.officeId,
      mode: slot.mode,
      startsAt: new Date(slot.startsAt),
      endsAt: new Date(slot.endsAt),
      status: 'booked',
      reference: this.newReference(request.typeCode),
      residentName: `${firstName} ${surname}`,
      residentEmail: `${firstName}.${surname}@example.org`.toLowerCase().replace(/[^a-z.@]/g, ''),
      // Ofcom keeps 07700 900000–900999 for drama: numbers that reach nobody.
      residentPhone: request.channel === 'phone' ? `07700 900${String(random.integer(0, 999)).padStart(3, '0')}` : null,
      notes: null,
      registeredAt: null,
      createdAt: request.requestedAt,
      updatedAt: request.requestedAt,
    };
  }

  private newReference(typeCode: AppointmentTypeCode): string {
    let reference: string;
    do reference = formatReference(typeCode, this.input.random.bytes(REFERENCE_BYTES));
    while (this.references.has(reference));
    this.references.add(reference);
    return reference;
  }
}

/** Books a realistic spread of appointments into the seeded sessions, each with its request; returns how many. */
export async function seedAppointments(manager: EntityManager, input: AppointmentsInput): Promise<number> {
  const planner = new BookingPlanner(input);
  const planned = planner.plan();
  const minutesAgo = planned.map(() => input.random.integer(0, REQUEST_WINDOW_MINUTES)).sort((a, b) => b - a);
  const booked = planned.flatMap((booking, index) => planner.book(booking, DateTime.fromJSDate(input.now).minus({ minutes: minutesAgo[index] }).toJSDate()) ?? []);
  await insertRows(manager, AppointmentRequestEntity, booked.map((entry) => entry.request));
  await insertRows(manager, AppointmentEntity, booked.map((entry) => entry.appointment));
  await recordLeadOfficers(manager, booked.map((entry) => entry.appointment));
  return booked.length;
}
