import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { SYSTEM_JOBS, SYSTEM_QUEUE, WORKER_HEARTBEAT_EVERY_MS } from './system.queue';

/** Registers the system queue's recurring jobs once, at worker start. */
@Injectable()
export class SystemScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemScheduler.name);

  constructor(@InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue) {}

  /** Not awaited: while Redis is away the registration waits for it, and start-up must not. */
  onApplicationBootstrap(): void {
    this.queue
      .upsertJobScheduler(
        SYSTEM_JOBS.workerHeartbeat,
        { every: WORKER_HEARTBEAT_EVERY_MS },
        { name: SYSTEM_JOBS.workerHeartbeat, opts: { removeOnComplete: 10, removeOnFail: 50 } },
      )
      .catch((error: Error) => this.logger.error(`could not schedule the worker heartbeat: ${error.message}`));
  }
}
