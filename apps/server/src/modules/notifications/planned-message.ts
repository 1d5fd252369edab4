import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MessageEntity } from './message.entity';
import { NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE } from './notifications.queue';
import { OutboxJob, OutboxWriter } from './outbox.writer';

/** What a new message says of itself; its status and attempts start from nothing. */
export type PlannedMessage = Pick<MessageEntity, 'key' | 'kind' | 'audience' | 'channel' | 'recipient' | 'appointmentId' | 'subject' | 'dueAt'>;

/** The outbox job that sends a message when it falls due; its job id is the message's key. */
export function sendJob(message: Pick<MessageEntity, 'id' | 'key' | 'dueAt'>): OutboxJob {
  return { queue: NOTIFICATIONS_QUEUE, jobName: NOTIFICATION_JOBS.sendMessage, jobId: message.key, payload: { messageId: message.id }, dueAt: message.dueAt };
}

/** Records a message as queued and puts its send job in the outbox, in the caller's unit of work. */
export async function queueMessage(manager: EntityManager, outbox: OutboxWriter, planned: PlannedMessage, now: Date): Promise<void> {
  const message = await manager.save(MessageEntity, { id: randomUUID(), ...planned, status: 'queued', attempts: 0, lastError: null, sentAt: null, createdAt: now });
  await outbox.schedule(manager, [sendJob(message)], now);
}
