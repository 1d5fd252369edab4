import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobSchedules } from '../queues/job-schedules';
import { SYSTEM_JOBS, SYSTEM_QUEUE, WORKER_HEARTBEAT_EVERY_MS } from './system.queue';

/** Registers the system queue's recurring jobs at worker start, and again whenever Redis has lost them. */
@Injectable()
export class SystemScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(SYSTEM_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules.keep(this.queue, [{ key: SYSTEM_JOBS.workerHeartbeat, repeat: { every: WORKER_HEARTBEAT_EVERY_MS }, opts: { removeOnComplete: 10, removeOnFail: 50 } }]);
  }
}
