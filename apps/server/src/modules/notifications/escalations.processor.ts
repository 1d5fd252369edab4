import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { EscalationsService } from './escalations.service';
import { AppointmentCheckPayload, ESCALATION_JOBS, ESCALATIONS_QUEUE, EscalationJobName, MESSAGE_WORKER_OPTIONS } from './notifications.queue';
import { OutboxDispatcher } from './outbox.dispatcher';

@Processor(ESCALATIONS_QUEUE, MESSAGE_WORKER_OPTIONS)
export class EscalationsProcessor extends WorkerHost {
  private readonly logger = new Logger(EscalationsProcessor.name);

  constructor(
    private readonly escalations: EscalationsService,
    private readonly outbox: OutboxDispatcher,
  ) {
    super();
  }

  async process(job: Job<AppointmentCheckPayload, void, EscalationJobName>, token?: string): Promise<void> {
    switch (job.name) {
      case ESCALATION_JOBS.deathNotRegistered:
      case ESCALATION_JOBS.birthApproachingLimit:
      case ESCALATION_JOBS.noticePeriodEnded:
      case ESCALATION_JOBS.noticeExpiring:
      case ESCALATION_JOBS.offerDeadlineNear:
        await this.outbox.settle(job, token, () => this.escalations.check(job.name, job.data.appointmentId));
        return;
      default: {
        const unknown: never = job.name;
        throw new Error(`no handler for job ${String(unknown)} on queue ${ESCALATIONS_QUEUE}`);
      }
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`queue ${ESCALATIONS_QUEUE}: ${error.message}`);
  }
}
