import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import { OutboxEntryEntity } from './outbox-entry.entity';

export interface OutboxJob {
  readonly queue: string;
  readonly jobName: string;
  /** Deterministic, e.g. `appointment-<id>-reminder`: BullMQ keeps one job per id. No `:`. */
  readonly jobId: string;
  readonly payload: Record<string, string>;
  readonly dueAt: Date;
}

/** Writes jobs into the outbox inside the caller's unit of work, so they commit or vanish with the change that implies them. */
@Injectable()
export class OutboxWriter {
  async schedule(manager: EntityManager, jobs: readonly OutboxJob[], now: Date): Promise<void> {
    if (jobs.length === 0) return;
    await manager.save(
      OutboxEntryEntity,
      jobs.map((job) => ({ id: randomUUID(), ...job, dispatchedAt: null, completedAt: null, createdAt: now })),
    );
  }

  /** Drops jobs not yet handed to BullMQ; ones already there find their work obsolete when they run. */
  async withdraw(manager: EntityManager, jobIds: readonly string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await manager.delete(OutboxEntryEntity, { jobId: In([...jobIds]), dispatchedAt: IsNull() });
  }
}
