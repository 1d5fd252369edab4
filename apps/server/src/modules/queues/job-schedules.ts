import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JobSchedulerTemplateOptions, Queue, RepeatOptions } from 'bullmq';
import { within } from '../../common/redis/within';
import { queueConfig } from '../../config/queue.config';

/** One recurring job: its scheduler's key, when it repeats, and the job each repetition adds. */
export interface RecurringJob {
  readonly key: string;
  readonly repeat: Omit<RepeatOptions, 'key'>;
  readonly opts: JobSchedulerTemplateOptions;
}

const REDIS_PATIENCE_MS = 3000;

/**
 * Keeps the worker's recurring jobs registered. A job scheduler lives only in Redis: when Redis
 * loses its data (a restart without persistence, a flush) nothing would ever add the next
 * heartbeat or digest. So every `QUEUE_CHECK_MS` the schedulers Redis holds are compared with the
 * ones the worker keeps, and the missing ones are registered again.
 */
@Injectable()
export class JobSchedules implements OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private readonly kept = new Map<Queue, RecurringJob[]>();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<number> | undefined;
  /** Schedulers registered before, as `queue/key`: one missing now was lost by Redis. */
  private readonly registered = new Set<string>();
  private keptSinceCheck = false;

  constructor(@Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>) {}

  /** Registers `jobs` on `queue` now (not awaited: start-up must not wait for Redis) and keeps them registered. */
  keep(queue: Queue, jobs: readonly RecurringJob[]): void {
    this.kept.set(queue, [...(this.kept.get(queue) ?? []), ...jobs]);
    this.keptSinceCheck = true;
    void this.restore();
    if (this.timer === undefined && this.config.checkMs > 0) {
      this.timer = setInterval(() => void this.restore(), this.config.checkMs);
    }
  }

  /** Registers every kept job whose scheduler Redis does not hold; returns how many. One check at a time. */
  restore(): Promise<number> {
    this.checking ??= this.registerMissing()
      .catch((error: Error) => {
        this.logger.warn(`recurring jobs not checked, tried again in ${this.config.checkMs} ms: ${error.message}`);
        return 0;
      })
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }

  onApplicationShutdown(): Promise<number> | undefined {
    clearInterval(this.timer);
    return this.checking;
  }

  private async registerMissing(): Promise<number> {
    let count = 0;
    do {
      this.keptSinceCheck = false;
      for (const [queue, jobs] of this.kept) {
        const present = new Set((await within(queue.getJobSchedulers(), REDIS_PATIENCE_MS, `queue ${queue.name}`)).map((scheduler) => scheduler.key));
        for (const job of jobs.filter((kept) => !present.has(kept.key))) {
          await within(queue.upsertJobScheduler(job.key, job.repeat, { name: job.key, opts: job.opts }), REDIS_PATIENCE_MS, `queue ${queue.name}`);
          const name = `${queue.name}/${job.key}`;
          if (this.registered.has(name)) this.logger.warn(`recurring job ${name} was missing from Redis (it lost its data?) and is registered again`);
          this.registered.add(name);
          count += 1;
        }
      }
    } while (this.keptSinceCheck);
    return count;
  }
}
