import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { MessageSender } from './message-sender';
import { MESSAGE_WORKER_OPTIONS, NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE, NotificationJobName, SendMessagePayload } from './notifications.queue';
import { isLastAttempt, OutboxDispatcher } from './outbox.dispatcher';

@Processor(NOTIFICATIONS_QUEUE, MESSAGE_WORKER_OPTIONS)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly sender: MessageSender,
    private readonly outbox: OutboxDispatcher,
  ) {
    super();
  }

  async process(job: Job<SendMessagePayload, void, NotificationJobName>, token?: string): Promise<void> {
    switch (job.name) {
      case NOTIFICATION_JOBS.sendMessage: {
        await this.outbox.settle(job, token, () => this.sender.send(job.data.messageId, isLastAttempt(job), job.id!));
        return;
      }
      default: {
        const unknown: never = job.name;
        throw new Error(`no handler for job ${String(unknown)} on queue ${NOTIFICATIONS_QUEUE}`);
      }
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`queue ${NOTIFICATIONS_QUEUE}: ${error.message}`);
  }
}
