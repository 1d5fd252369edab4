import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MessageEntity } from './message.entity';
import { NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE } from './notifications.queue';
import { OutboxJob, OutboxWriter } from './outbox.writer';

/** What a new message says of itself; its status and attempts start from nothing. */
export type PlannedMessage = Pick<MessageEntity, 'key' | 'kind' | 'audience' | 'channel' | 'recipient' | 'appointmentId' | 'subject' | 'dueAt'>;

/**
 * What one sending of a message goes under, as its job id and, to the provider, its reference (and
 * email Message-ID): the message's key, then `<key>-resend-<n>` for the nth time staff resend it, so
 * a resend is a new job and a new email rather than a duplicate of the first.
 */
export function sendReference(message: Pick<MessageEntity, 'key' | 'resends'>): string {
  return message.resends > 0 ? `${message.key}-resend-${message.resends}` : message.key;
}

/** The outbox job that sends a message when it falls due, under its send reference. */
export function sendJob(message: Pick<MessageEntity, 'id' | 'key' | 'resends' | 'dueAt'>): OutboxJob {
  return { queue: NOTIFICATIONS_QUEUE, jobName: NOTIFICATION_JOBS.sendMessage, jobId: sendReference(message), payload: { messageId: message.id }, dueAt: message.dueAt };
}

/**
 * Queues a message to be sent again now, in the caller's unit of work, under its next send
 * reference: a job still retrying the earlier sending then finds itself superseded and stops.
 */
export async function requeueMessage(manager: EntityManager, outbox: OutboxWriter, message: MessageEntity, now: Date): Promise<MessageEntity> {
  const requeued: MessageEntity = { ...message, status: 'queued', dueAt: now, lastError: null, resends: message.resends + 1 };
  await manager.update(MessageEntity, { id: message.id }, { status: requeued.status, dueAt: requeued.dueAt, lastError: null, resends: requeued.resends });
  await outbox.schedule(manager, [sendJob(requeued)], now);
  return requeued;
}

/** Records a message as queued and puts its send job in the outbox, in the caller's unit of work. */
export async function queueMessage(manager: EntityManager, outbox: OutboxWriter, planned: PlannedMessage, now: Date): Promise<void> {
  const message = await manager.save(MessageEntity, { id: randomUUID(), ...planned, status: 'queued', attempts: 0, lastError: null, sentAt: null, resends: 0, createdAt: now });
  await outbox.schedule(manager, [sendJob(message)], now);
}
