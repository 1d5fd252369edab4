import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { MessageSender } from './message-sender';
import { MESSAGE_WORKER_OPTIONS, NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE, NotificationJobName, SendMessagePayload } from './notifications.queue';
import { OutboxDispatcher } from './outbox.dispatcher';

@Processor(NOTIFICATIONS_QUEUE, MESSAGE_WORKER_OPTIONS)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly sender: MessageSender,
    private readonly outbox: OutboxDispatcher,
  ) {
    super();
  }

  async process(job: Job<SendMessagePayload, void, NotificationJobName>): Promise<void> {
    switch (job.name) {
      case NOTIFICATION_JOBS.sendMessage: {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        try {
          await this.sender.send(job.data.messageId, lastAttempt);
        } catch (error) {
          if (lastAttempt) await this.outbox.completed(job.id!);
          throw error;
        }
        await this.outbox.completed(job.id!);
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
