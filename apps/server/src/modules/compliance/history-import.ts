import { serviceDay } from '@regflow/calendar';
import { ComplianceEvent, formatUtcInstant } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { UnitOfWork } from '../../common/unit-of-work';
import { HistoricalEventEntity } from './historical-event.entity';

const CHUNK = 500;

export interface ImportReport {
  readonly read: number;
  /** Already imported by an earlier run (same id): left as they were. */
  readonly alreadyThere: number;
}

function instant(value: ComplianceEvent['requestedAt']): Date | null {
  return value ? new Date(formatUtcInstant(value)) : null;
}

function dayOf(value: ComplianceEvent['requestedAt']): string | null {
  return value ? serviceDay(value) : null;
}

/** The day the event is filed under: its request's, else its registration's, else its appointment's. */
function fileDay(event: ComplianceEvent): string | null {
  const when = event.requestedAt ?? event.registeredAt ?? event.appointmentAt;
  return when ? serviceDay(when) : null;
}

export function toHistoricalRow(event: ComplianceEvent): HistoricalEventEntity | null {
  const day = fileDay(event);
  if (day === null) return null;
  return {
    id: randomUUID(),
    sourceId: event.id,
    type: event.type,
    serviceDay: day,
    requestedAt: instant(event.requestedAt),
    paperworkReadyAt: instant(event.paperworkReadyAt),
    targetWorkingDays: event.targetWorkingDays ?? null,
    firstOfferAt: instant(event.firstOfferAt),
    appointmentAt: instant(event.appointmentAt),
    eventDate: event.eventDate ?? null,
    registeredAt: instant(event.registeredAt),
    coronerReferred: event.coronerReferred ?? false,
    requestedDay: dayOf(event.requestedAt),
    paperworkDay: dayOf(event.paperworkReadyAt),
    offeredDay: dayOf(event.firstOfferAt ?? event.appointmentAt),
    appointmentDay: dayOf(event.appointmentAt),
    registeredDay: dayOf(event.registeredAt),
  };
}

/**
 * Loads events into `historical_events` in one unit of work: all of a file or none of it. Rows are
 * inserted a chunk at a time as they are read, and an id imported before is left as it was.
 */
export class HistoryImport {
  private readonly unitOfWork: UnitOfWork;

  constructor(dataSource: DataSource) {
    this.unitOfWork = new UnitOfWork(dataSource);
  }

  run(readEvents: (each: (event: ComplianceEvent) => Promise<void>) => Promise<void>): Promise<ImportReport> {
    return this.unitOfWork.run(async (manager) => {
      let read = 0;
      let inserted = 0;
      let pending: HistoricalEventEntity[] = [];
      const flush = async () => {
        inserted += await insertNew(manager, pending);
        pending = [];
      };
      await readEvents(async (event) => {
        read += 1;
        const row = toHistoricalRow(event);
        if (row) pending.push(row);
        if (pending.length >= CHUNK) await flush();
      });
      await flush();
      return { read, alreadyThere: read - inserted };
    });
  }
}

/** Inserts the rows whose source id is not in the table yet (nor earlier in the same chunk); returns how many. */
async function insertNew(manager: EntityManager, rows: HistoricalEventEntity[]): Promise<number> {
  if (rows.length === 0) return 0;
  const known = new Set(
    (await manager.find(HistoricalEventEntity, { select: { sourceId: true }, where: { sourceId: In(rows.map((row) => row.sourceId)) } })).map((row) => row.sourceId),
  );
  const fresh = rows.filter((row) => !known.has(row.sourceId) && known.add(row.sourceId));
  if (fresh.length > 0) await manager.insert(HistoricalEventEntity, fresh);
  return fresh.length;
}
