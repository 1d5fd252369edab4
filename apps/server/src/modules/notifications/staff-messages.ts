import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StaffDirectory, StaffMember } from '../staff/staff-directory.service';
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
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly staff: StaffDirectory,
  ) {}

  async queue(manager: EntityManager, recipient: Pick<StaffMember, 'email'>, note: StaffNote, now: Date): Promise<void> {
    if (await manager.existsBy(MessageEntity, { key: note.key })) return;
    await queueMessage(manager, this.outbox, { ...note, audience: 'staff', channel: 'email', recipient: recipient.email, dueAt: now }, now);
  }

  managers(manager: EntityManager): Promise<StaffMember[]> {
    return this.staff.activeWithRole(manager, 'manager');
  }
}
