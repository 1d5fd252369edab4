import { Injectable } from '@nestjs/common';
import { CivilDate, londonInstant } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { ComplianceEvent } from '@regflow/domain';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { inServiceDayOrder } from '../../common/records/records';
import { AppointmentRecord, AppointmentsReader, RequestRecord } from '../scheduling/appointments.reader';
import { HistoricalEventEntity } from './historical-event.entity';

/** A compliance event with what staff need to find its request again. */
export interface RecordedEvent extends ComplianceEvent {
  readonly reference: string | null;
  readonly serviceDay: CivilDate;
  /** Where the appointment was (null: telephone); who held it; how it was asked for. Unknown for imported history. */
  readonly officeId: string | null;
  readonly registrarId: string | null;
  readonly channel: string | null;
}

/** Scoring runs this long at most before other requests (health, bookings) get a turn of the event loop. */
const TURN_MS = 20;

/** `each` over `rows`, giving the event loop a turn every `TURN_MS`, so a year of events never holds it. */
async function takingTurns<T>(rows: readonly T[], each: (row: T) => void): Promise<void> {
  let turnStarted = performance.now();
  for (const row of rows) {
    each(row);
    if (performance.now() - turnStarted >= TURN_MS) {
      await nextTurn();
      turnStarted = performance.now();
    }
  }
}

/** An event standing for `weight` identical ones. */
export type WeightedEvent = (event: ComplianceEvent, weight: number) => void;

/**
 * The facts the indicators score: requests made here with their appointments, and events imported
 * from older systems. Rows are read a batch at a time in (service day, id) order, so memory stays
 * bounded however many there are.
 */
@Injectable()
export class ComplianceEventsRepository {
  constructor(private readonly requests: AppointmentsReader) {}

  /** Every event one by one, with what identifies it: for the drill-down and breakdowns. */
  async forEachEvent(manager: EntityManager, from: CivilDate, to: CivilDate, each: (event: RecordedEvent) => void): Promise<number> {
    const requests = await this.forEachRequest(manager, from, to, each);
    const imported = await inServiceDayOrder(manager, HistoricalEventEntity, from, to, (batch) => takingTurns(batch, (event) => each(fromHistory(event))));
    return requests + imported;
  }

  /**
   * The same events for scoring: imported history counted a day at a time in SQL (three GROUP BY
   * queries, one for each kind of indicator), so a million imported events arrive as a few
   * thousand weighted ones.
   */
  async forEachScoredEvent(manager: EntityManager, from: CivilDate, to: CivilDate, each: WeightedEvent): Promise<void> {
    await this.forEachRequest(manager, from, to, (event) => each(event, 1));
    const history = () => manager.createQueryBuilder(HistoricalEventEntity, 'event').where('event.service_day BETWEEN :from AND :to', { from, to });
    const groups = async (query: ReturnType<typeof history>, columns: string[]) => {
      query.select('COUNT(*)', 'weight');
      for (const column of columns) query.addSelect(`event.${column}`, column).addGroupBy(`event.${column}`);
      return (await query.getRawMany()) as Record<string, string | number | null>[];
    };
    const noons = new Map<string, Date>();
    const noon = (day: string | number | null) => {
      if (day === null) return null;
      let instant = noons.get(String(day));
      if (instant === undefined) noons.set(String(day), (instant = londonInstant(String(day), '12:00')));
      return instant;
    };
    await takingTurns(await groups(history().andWhere('event.requested_day IS NOT NULL'), ['type', 'requested_day', 'paperwork_day', 'offered_day', 'target_working_days']), (row) => {
      const targetWorkingDays = row.target_working_days === null ? null : Number(row.target_working_days);
      each({ id: 'grouped', type: row.type as AppointmentTypeCode, requestedAt: noon(row.requested_day), paperworkReadyAt: noon(row.paperwork_day), firstOfferAt: noon(row.offered_day), targetWorkingDays }, Number(row.weight));
    });
    // Deaths registered without their date are counted too, as date of death missing.
    const deaths = history().andWhere("event.type = 'death' AND event.coroner_referred = :no AND event.registered_day IS NOT NULL", { no: false });
    await takingTurns(await groups(deaths, ['event_date', 'registered_day']), (row) => {
      each({ id: 'grouped', type: 'death', eventDate: row.event_date === null ? null : String(row.event_date), registeredAt: noon(row.registered_day) }, Number(row.weight));
    });
    await takingTurns(await groups(history().andWhere("event.type = 'ceremony' AND event.appointment_day IS NOT NULL"), ['appointment_day']), (row) => {
      each({ id: 'grouped', type: 'ceremony', appointmentAt: noon(row.appointment_day) }, Number(row.weight));
    });
  }

  private forEachRequest(manager: EntityManager, from: CivilDate, to: CivilDate, each: (event: RecordedEvent) => void): Promise<number> {
    return this.requests.forEachRequest(manager, from, to, (batch) => {
      for (const { request, appointment } of batch) each(fromRequest(request, appointment));
    });
  }

}

function fromRequest(request: RequestRecord, appointment: AppointmentRecord | null): RecordedEvent {
  const held = appointment && appointment.status !== 'cancelled' ? appointment : undefined;
  return {
    id: request.id,
    type: request.typeCode,
    requestedAt: request.requestedAt,
    paperworkReadyAt: request.paperworkReadyAt,
    targetWorkingDays: request.targetWorkingDays,
    targetDeadline: request.targetDeadlineOn,
    firstOfferAt: request.firstOfferStartsAt,
    appointmentAt: held?.startsAt ?? null,
    eventDate: request.eventDate,
    registeredAt: appointment?.status === 'registered' ? appointment.registeredAt : null,
    coronerReferred: request.coronerReferral,
    reference: appointment?.reference ?? null,
    serviceDay: request.serviceDay,
    officeId: appointment?.officeId ?? null,
    registrarId: appointment?.registrarId ?? null,
    channel: request.channel,
  };
}

function fromHistory(event: HistoricalEventEntity): RecordedEvent {
  const { id, type, requestedAt, paperworkReadyAt, targetWorkingDays, firstOfferAt, appointmentAt, eventDate, registeredAt, coronerReferred, serviceDay } = event;
  return {
    id,
    type,
    requestedAt,
    paperworkReadyAt,
    targetWorkingDays,
    firstOfferAt,
    appointmentAt,
    eventDate,
    registeredAt,
    coronerReferred,
    serviceDay,
    reference: event.sourceId,
    officeId: null,
    registrarId: null,
    channel: null,
  };
}
