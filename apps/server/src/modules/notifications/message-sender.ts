import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { EmailChannel } from './channels/email.channel';
import { NotifyChannel } from './channels/notify.channel';
import { MessageComposer } from './message-composer';
import { ComposedMessage } from './message-kinds';
import { MessageEntity } from './message.entity';
import { sendReference } from './planned-message';
import { raiseAlert } from './staff-alerts';

export type SendOutcome = 'sent' | 'obsolete';

const MAIL_DOMAIN = 'regflow.local';

/**
 * Sends one planned message at most once per attempt: it re-reads the message, skips it when a later
 * change made it stale, and records every attempt. After the last failed attempt the message is
 * marked `gave-up` and staff are alerted; the error is always rethrown so BullMQ retries or fails it.
 */
@Injectable()
export class MessageSender {
  private readonly logger = new Logger(MessageSender.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly composer: MessageComposer,
    private readonly email: EmailChannel,
    private readonly notify: NotifyChannel,
  ) {}

  /** `jobId`: the job sending it, which a resend since has superseded when it is not the message's send reference. */
  async send(messageId: string, lastAttempt: boolean, jobId: string): Promise<SendOutcome> {
    const message = await this.unitOfWork.read((manager) => manager.findOneBy(MessageEntity, { id: messageId }));
    if (!message || !['queued', 'failed'].includes(message.status) || sendReference(message) !== jobId) return 'obsolete';
    const content = await this.composer.compose(message);
    if (!content) {
      await this.unitOfWork.run((manager) => manager.update(MessageEntity, { id: message.id, status: In(['queued', 'failed']) }, { status: 'cancelled' }));
      return 'obsolete';
    }
    try {
      await this.deliver(message, content);
    } catch (error) {
      await this.recordFailure(message, error instanceof Error ? error.message : String(error), lastAttempt);
      throw error;
    }
    await this.unitOfWork.run((manager) =>
      manager.update(MessageEntity, unlessResent(message), { status: 'sent', sentAt: this.clock.now(), attempts: message.attempts + 1, lastError: null }),
    );
    return 'sent';
  }

  /** Text messages and, when GOV.UK Notify is configured, emails go through Notify; other emails over SMTP with their calendar invitation. */
  private async deliver(message: MessageEntity, content: ComposedMessage): Promise<void> {
    const reference = sendReference(message);
    if (message.channel === 'sms') {
      await this.notify.sendSms({ reference, to: message.recipient, body: content.sms ?? content.text });
    } else if (this.notify.isConfigured()) {
      await this.notify.sendEmail({ reference, to: message.recipient, subject: content.subject, body: content.text });
    } else {
      await this.email.send({ messageId: `<${reference}@${MAIL_DOMAIN}>`, to: message.recipient, ...content });
    }
  }

  private async recordFailure(message: MessageEntity, reason: string, lastAttempt: boolean): Promise<void> {
    const now = this.clock.now();
    await this.unitOfWork.run(async (manager) => {
      await manager.update(MessageEntity, unlessResent(message), { status: lastAttempt ? 'gave-up' : 'failed', attempts: message.attempts + 1, lastError: reason.slice(0, 500) });
      if (!lastAttempt) return;
      const summary = `A ${message.kind} ${message.channel} could not be delivered after ${message.attempts + 1} attempts: ${reason}`;
      await raiseAlert(manager, { key: `message-${sendReference(message)}-gave-up`, kind: 'delivery-failed', summary, appointmentId: message.appointmentId }, now);
    });
    this.logger.warn(`message ${message.id} (${message.kind}) attempt ${message.attempts + 1} failed${lastAttempt ? ': gave up, staff alerted' : ''}`);
  }
}

/** The message as this sending read it: a resend queued meanwhile keeps its own status. */
function unlessResent(message: MessageEntity) {
  return { id: message.id, resends: message.resends };
}
