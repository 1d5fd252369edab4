import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SERVICE_ZONE } from '@regflow/calendar';
import { Job, Queue } from 'bullmq';
import { ComplianceSnapshots } from '../compliance/compliance-snapshots';
import { JobSchedules } from '../queues/job-schedules';
import { CapacityMonitor } from './capacity-monitor';
import { DiaryDigest } from './diary-digest';
import { ROUTINE_JOBS, ROUTINES_QUEUE, RoutineJobName } from './notifications.queue';

/** Cron patterns in London time; each written once. */
export const ROUTINE_SCHEDULES: Readonly<Record<RoutineJobName, string>> = {
  [ROUTINE_JOBS.diaryDigest]: '30 6 * * 1-5',
  [ROUTINE_JOBS.capacityMonitor]: '*/15 8-17 * * 1-5',
  [ROUTINE_JOBS.complianceSnapshot]: '0 2 * * *',
};

@Processor(ROUTINES_QUEUE)
export class RoutinesProcessor extends WorkerHost {
  private readonly logger = new Logger(RoutinesProcessor.name);

  constructor(
    private readonly digest: DiaryDigest,
    private readonly capacity: CapacityMonitor,
    private readonly snapshots: ComplianceSnapshots,
  ) {
    super();
  }

  async process(job: Job<unknown, void, RoutineJobName>): Promise<void> {
    switch (job.name) {
      case ROUTINE_JOBS.diaryDigest:
        await this.digest.send();
        return;
      case ROUTINE_JOBS.capacityMonitor:
        await this.capacity.check();
        return;
      case ROUTINE_JOBS.complianceSnapshot:
        await this.snapshots.take();
        return;
      default: {
        const unknown: never = job.name;
        throw new Error(`no handler for job ${String(unknown)} on queue ${ROUTINES_QUEUE}`);
      }
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`queue ${ROUTINES_QUEUE}: ${error.message}`);
  }
}

/** Registers the recurring routines at worker start, and again whenever Redis has lost them. */
@Injectable()
export class RoutinesScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(ROUTINES_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules.keep(
      this.queue,
      Object.entries(ROUTINE_SCHEDULES).map(([key, pattern]) => ({ key, repeat: { pattern, tz: SERVICE_ZONE }, opts: { removeOnComplete: 50, removeOnFail: 200 } })),
    );
  }
}
