import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { queueMessage } from './planned-message';
import { MessageEntity } from './message.entity';
import { OutboxWriter } from './outbox.writer';

export interface StaffNote {
  /** Unique: a second note with the same key is not sent. */
  readonly key: string;
  readonly kind: string;
  /** The line staff read first; the message body is composed from it when sent. */
  readonly subject: string;
  readonly appointmentId: string | null;
}

/** Emails to members of staff (escalations, digests, capacity warnings), planned in the caller's unit of work. */
@Injectable()
export class StaffMessages {
  constructor(private readonly outbox: OutboxWriter) {}

  async queue(manager: EntityManager, recipient: StaffUserEntity, note: StaffNote, now: Date): Promise<void> {
    if (await manager.existsBy(MessageEntity, { key: note.key })) return;
    await queueMessage(manager, this.outbox, { ...note, audience: 'staff', channel: 'email', recipient: recipient.email, dueAt: now }, now);
  }

  async managers(manager: EntityManager): Promise<StaffUserEntity[]> {
    return (await manager.findBy(StaffUserEntity, { active: true })).filter((member) => member.roles.includes('manager'));
  }
}
