import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock } from '../../common/clock/clock';
import { SYSTEM_JOBS, SYSTEM_QUEUE, SystemJobName } from './system.queue';
import { WorkerHeartbeatsService } from './worker-heartbeats.service';

@Processor(SYSTEM_QUEUE)
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  constructor(
    private readonly heartbeats: WorkerHeartbeatsService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<unknown, void, SystemJobName>): Promise<void> {
    switch (job.name) {
      case SYSTEM_JOBS.workerHeartbeat:
        await this.heartbeats.record({ at: this.clock.now().toISOString(), pid: process.pid });
        return;
      default: {
        const unknown: never = job.name;
        throw new Error(`no handler for job ${String(unknown)} on queue ${SYSTEM_QUEUE}`);
      }
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`queue ${SYSTEM_QUEUE}: ${error.message}`);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error(`job ${job?.name ?? 'unknown'} failed: ${error.message}`);
  }
}
