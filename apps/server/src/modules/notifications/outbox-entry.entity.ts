import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, jsonText } from '../../database/columns';

/**
 * A job to put on a queue, written in the same transaction as the change that implies it. The
 * dispatcher moves due rows into BullMQ under `jobId`, so a retry never makes a second job.
 */
@Entity('outbox')
export class OutboxEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'job_id', type: 'varchar', length: 160 })
  jobId: string;

  @Column({ type: 'varchar', length: 40 })
  queue: string;

  @Column({ name: 'job_name', type: 'varchar', length: 60 })
  jobName: string;

  @Column({ type: 'text', transformer: jsonText })
  payload: Record<string, string>;

  @InstantColumn('due_at')
  dueAt: Date;

  @InstantColumn('dispatched_at', { nullable: true })
  dispatchedAt: Date | null;

  @InstantColumn('completed_at', { nullable: true })
  completedAt: Date | null;

  @InstantColumn('created_at')
  createdAt: Date;
}
