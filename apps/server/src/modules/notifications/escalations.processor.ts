import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { EscalationsService } from './escalations.service';
import { AppointmentCheckPayload, ESCALATION_JOBS, ESCALATIONS_QUEUE, EscalationJobName, MESSAGE_WORKER_OPTIONS } from './notifications.queue';
import { OutboxDispatcher } from './outbox.dispatcher';

const KNOWN = new Set<string>(Object.values(ESCALATION_JOBS));

@Processor(ESCALATIONS_QUEUE, MESSAGE_WORKER_OPTIONS)
export class EscalationsProcessor extends WorkerHost {
  private readonly logger = new Logger(EscalationsProcessor.name);

  constructor(
    private readonly escalations: EscalationsService,
    private readonly outbox: OutboxDispatcher,
  ) {
    super();
  }

  async process(job: Job<AppointmentCheckPayload, void, EscalationJobName>): Promise<void> {
    if (!KNOWN.has(job.name)) throw new Error(`no handler for job ${job.name} on queue ${ESCALATIONS_QUEUE}`);
    await this.escalations.check(job.name, job.data.appointmentId);
    await this.outbox.completed(job.id!);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`queue ${ESCALATIONS_QUEUE}: ${error.message}`);
  }
}
