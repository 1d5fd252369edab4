import { Injectable } from '@nestjs/common';
import { CivilDate } from '@regflow/calendar';
import { ComplianceEvent } from '@regflow/domain';
import { EntityManager, In, ObjectLiteral } from 'typeorm';
import { AppointmentRequestEntity } from '../scheduling/appointment-request.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { HistoricalEventEntity } from './historical-event.entity';

const BATCH = 5000;

/** A compliance event with what staff need to find its request again. */
export interface RecordedEvent extends ComplianceEvent {
  readonly reference: string | null;
  readonly serviceDay: CivilDate;
  /** Where the appointment was (null: telephone); who held it; how it was asked for. Unknown for imported history. */
  readonly officeId: string | null;
  readonly registrarId: string | null;
  readonly channel: string | null;
}

interface DayOrdered extends ObjectLiteral {
  readonly id: string;
  readonly serviceDay: CivilDate;
}

/**
 * The facts the indicators score: requests made here with their appointments, and events imported
 * from older systems. Read a batch at a time in (service day, id) order, so memory stays bounded
 * however many there are.
 */
@Injectable()
export class ComplianceEventsRepository {
  async forEachEvent(manager: EntityManager, from: CivilDate, to: CivilDate, each: (event: RecordedEvent) => void): Promise<number> {
    const requests = await inBatches(manager, AppointmentRequestEntity, from, to, async (batch) => {
      const appointments = await manager.findBy(AppointmentEntity, { requestId: In(batch.map((request) => request.id)) });
      const appointmentOf = new Map(appointments.map((appointment) => [appointment.requestId, appointment]));
      for (const request of batch) each(fromRequest(request, appointmentOf.get(request.id)));
    });
    const imported = await inBatches(manager, HistoricalEventEntity, from, to, async (batch) => {
      for (const event of batch) each(fromHistory(event));
    });
    return requests + imported;
  }
}

async function inBatches<T extends DayOrdered>(
  manager: EntityManager,
  entity: new () => T,
  from: CivilDate,
  to: CivilDate,
  handle: (batch: T[]) => Promise<void>,
): Promise<number> {
  let after: { day: CivilDate; id: string } | null = null;
  let seen = 0;
  for (;;) {
    const query = manager
      .createQueryBuilder(entity, 'row')
      .where('row.service_day BETWEEN :from AND :to', { from, to })
      .orderBy('row.service_day', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .take(BATCH);
    if (after) query.andWhere('(row.service_day > :day OR (row.service_day = :day AND row.id > :id))', after);
    const batch = await query.getMany();
    if (batch.length === 0) return seen;
    await handle(batch);
    seen += batch.length;
    const last = batch[batch.length - 1];
    after = { day: last.serviceDay, id: last.id };
  }
}

function fromRequest(request: AppointmentRequestEntity, appointment: AppointmentEntity | undefined): RecordedEvent {
  const held = appointment && appointment.status !== 'cancelled' ? appointment : undefined;
  return {
    id: request.id,
    type: request.typeCode,
    requestedAt: request.requestedAt,
    paperworkReadyAt: request.paperworkReadyAt,
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
  const { id, type, requestedAt, paperworkReadyAt, firstOfferAt, appointmentAt, eventDate, registeredAt, coronerReferred, serviceDay } = event;
  return {
    id,
    type,
    requestedAt,
    paperworkReadyAt,
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
