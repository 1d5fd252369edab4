import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DelayedError, Job, JobsOptions, Queue } from 'bullmq';
import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { within } from '../../common/redis/within';
import { UnitOfWork } from '../../common/unit-of-work';
import { workflowConfig } from '../../config/workflow.config';
import { ESCALATIONS_QUEUE, NOTIFICATIONS_QUEUE } from './notifications.queue';
import { OutboxEntryEntity } from './outbox-entry.entity';

const BATCH = 200;
/** BullMQ waits for Redis forever (STACK.md trap 4): give up on a batch after this long and try again on the next tick. */
const REDIS_PATIENCE_MS = 3000;
/** A job another installation put in Redis waits this long before a worker (perhaps its own) takes it again. */
const FOREIGN_JOB_DELAY_MS = 5000;
/** Completed jobs stay in Redis this long, so a late duplicate add of the same id is ignored. */
const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;

/** Whether this run of a job is its last attempt: after it fails BullMQ tries no more. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * Moves due outbox rows into BullMQ under their deterministic job ids, and re-dispatches rows whose
 * job vanished from Redis before it completed. While Redis is away rows simply wait.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly queues: ReadonlyMap<string, Queue>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private ticks = 0;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(workflowConfig.KEY) private readonly config: ConfigType<typeof workflowConfig>,
    @InjectQueue(NOTIFICATIONS_QUEUE) notifications: Queue,
    @InjectQueue(ESCALATIONS_QUEUE) escalations: Queue,
  ) {
    this.queues = new Map([
      [NOTIFICATIONS_QUEUE, notifications],
      [ESCALATIONS_QUEUE, escalations],
    ]);
  }

  onApplicationBootstrap(): void {
    if (this.config.outboxPollMs === 0) return;
    this.timer = setInterval(() => {
      this.running = this.tick().catch((error: Error) => this.logger.warn(`outbox: ${error.message}`));
    }, this.config.outboxPollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Hands every due row to BullMQ, a batch at a time; returns how many went. */
  async dispatchDue(): Promise<number> {
    let dispatched = 0;
    for (;;) {
      const due = await this.unitOfWork.read((manager) =>
        manager.find(OutboxEntryEntity, { where: { dispatchedAt: IsNull(), dueAt: LessThanOrEqual(this.clock.now()) }, order: { dueAt: 'ASC' }, take: BATCH }),
      );
      if (due.length === 0) return dispatched;
      for (const [queueName, rows] of groupBy(due, (row) => row.queue)) {
        const queue = this.queue(queueName);
        await within(queue.addBulk(rows.map((row) => ({ name: row.jobName, data: row.payload, opts: this.jobOptions(row) }))), REDIS_PATIENCE_MS, `queue ${queueName}`);
      }
      const at = this.clock.now();
      await this.unitOfWork.run((manager) => manager.update(OutboxEntryEntity, due.map((row) => row.id), { dispatchedAt: at }));
      dispatched += due.length;
    }
  }

  /** Rows dispatched but neither completed nor in Redis any more (Redis lost them): dispatched again. */
  async reconcile(): Promise<number> {
    const unfinished = await this.unitOfWork.read((manager) =>
      manager.find(OutboxEntryEntity, { where: { dispatchedAt: Not(IsNull()), completedAt: IsNull() }, order: { dueAt: 'ASC' }, take: 5000 }),
    );
    const lost: OutboxEntryEntity[] = [];
    for (const row of unfinished) {
      if (!(await within(this.queue(row.queue).getJob(row.jobId), REDIS_PATIENCE_MS, `queue ${row.queue}`))) lost.push(row);
    }
    if (lost.length > 0) {
      await this.unitOfWork.run((manager) => manager.update(OutboxEntryEntity, lost.map((row) => row.id), { dispatchedAt: null }));
      this.logger.warn(`outbox: ${lost.length} jobs were missing from Redis and will be dispatched again`);
    }
    return lost.length;
  }

  /** A job finished its work (or found it obsolete): the reconciler leaves it alone from now on. */
  async completed(jobId: string): Promise<void> {
    await this.unitOfWork.run((manager) => manager.update(OutboxEntryEntity, { jobId }, { completedAt: this.clock.now() }));
  }

  /**
   * Runs a dispatched job's work and completes its row when the work is done, or when its last
   * attempt failed: BullMQ keeps the failure, and the reconciler must not dispatch it again once
   * BullMQ drops it. The error is rethrown so BullMQ retries or fails the job.
   *
   * A job whose row this database does not hold was put in Redis by another installation sharing
   * the queue prefix: it goes back to BullMQ's delayed set without using an attempt (a thrown error
   * would use one, and the last would fail it for good), so its own installation's worker can take it.
   */
  async settle(job: Job, token: string | undefined, work: () => Promise<unknown>): Promise<void> {
    if (!(await this.holds(job.id!))) {
      this.logger.warn(`job ${job.id} has no outbox row in this database: another installation shares QUEUE_PREFIX on this Redis; left for its worker`);
      await job.moveToDelayed(Date.now() + FOREIGN_JOB_DELAY_MS, token);
      throw new DelayedError();
    }
    try {
      await work();
    } catch (error) {
      if (isLastAttempt(job)) await this.completed(job.id!);
      throw error;
    }
    await this.completed(job.id!);
  }

  private holds(jobId: string): Promise<boolean> {
    return this.unitOfWork.read((manager) => manager.exists(OutboxEntryEntity, { where: { jobId } }));
  }

  private async tick(): Promise<void> {
    this.ticks += 1;
    if (this.ticks % 60 === 0) await this.reconcile();
    await this.dispatchDue();
  }

  private jobOptions(row: OutboxEntryEntity): JobsOptions {
    return {
      jobId: row.jobId,
      attempts: this.config.messageAttempts,
      backoff: { type: 'exponential', delay: this.config.messageRetryDelayMs },
      removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
      removeOnFail: { age: 4 * KEEP_COMPLETED_SECONDS },
    };
  }

  private queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
    return queue;
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
