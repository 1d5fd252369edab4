import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { EntityManager, In, Not } from 'typeorm';
import { notificationsConfig } from './channels/notifications.config';
import { MessageChannel, MessageEntity } from './message.entity';
import { OutboxWriter } from './outbox.writer';
import { PlannedMessage, queueMessage, sendJob } from './planned-message';

export type { MessageChannel } from './message.entity';

/**
 * What a feature module plans its messages through, in its own unit of work: notifications keeps
 * the messages table and the outbox; the feature decides what to send and when.
 */
@Injectable()
export class MessageOutbox {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(notificationsConfig.KEY) private readonly config: ConfigType<typeof notificationsConfig>,
  ) {}

  /** Text messages go through GOV.UK Notify: without it only email is sent. */
  textMessagesEnabled(): boolean {
    return this.config.notify !== null;
  }

  queue(manager: EntityManager, planned: PlannedMessage, now: Date): Promise<void> {
    return queueMessage(manager, this.outbox, planned, now);
  }

  /** How many messages of these kinds an appointment has had (on one channel, or on any), whatever became of them. */
  countOf(manager: EntityManager, appointmentId: string, kinds: string | readonly string[], channel?: MessageChannel): Promise<number> {
    return manager.countBy(MessageEntity, { appointmentId, kind: typeof kinds === 'string' ? kinds : In([...kinds]), ...(channel ? { channel } : {}) });
  }

  /** Whether an appointment has a message of this kind that was not cancelled: one sent, or one still to go. */
  hasUncancelled(manager: EntityManager, appointmentId: string, kind: string): Promise<boolean> {
    return manager.existsBy(MessageEntity, { appointmentId, kind, status: Not('cancelled') });
  }

  /** When an appointment's message of this kind not yet sent is due (the earliest, on any channel); null when none is waiting. */
  async dueAtOf(manager: EntityManager, appointmentId: string, kind: string): Promise<Date | null> {
    const next = await manager.findOne(MessageEntity, { where: { appointmentId, kind, status: In(['queued', 'failed']) }, order: { dueAt: 'ASC' } });
    return next?.dueAt ?? null;
  }

  /** Cancels an appointment's messages of these kinds not yet sent, and withdraws their send jobs. */
  async cancelPending(manager: EntityManager, appointmentId: string, kinds: readonly string[]): Promise<void> {
    const pending = await manager.findBy(MessageEntity, { appointmentId, kind: In([...kinds]), status: In(['queued', 'failed']) });
    if (pending.length === 0) return;
    await manager.update(MessageEntity, { id: In(pending.map((message) => message.id)) }, { status: 'cancelled' });
    await this.outbox.withdraw(manager, pending.map((message) => sendJob(message).jobId));
  }
}
