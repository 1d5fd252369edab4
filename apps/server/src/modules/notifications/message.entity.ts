import { MESSAGE_STATUSES, MessageAudience, MessageChannel, MessageStatus } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

export { MESSAGE_STATUSES };
/** `failed`: an attempt failed and another will follow; `gave-up`: the last attempt failed and staff were alerted; `cancelled`: made stale by a change before it was sent. */
export type { MessageAudience, MessageChannel, MessageStatus };

/** One message to a resident or a member of staff, from the moment it is planned until it is sent or given up. */
@Entity('messages')
export class MessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** What the message is for, unique: `appointment-<id>-confirmation`; also its job id and, in email, its Message-ID. */
  @Column({ type: 'varchar', length: 160 })
  key: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 10 })
  audience: MessageAudience;

  @Column({ type: 'varchar', length: 10 })
  channel: MessageChannel;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36, nullable: true })
  appointmentId: string | null;

  /** Escalations and alerts: what the message is about, e.g. `{ "days": 4 }`. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  subject: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: MessageStatus;

  @InstantColumn('due_at')
  dueAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** When it was last sent. */
  @InstantColumn('sent_at', { nullable: true })
  sentAt: Date | null;

  /** How many times staff had it sent again; each resend goes under a job id and reference of its own. */
  @Column({ type: 'integer', default: 0 })
  resends: number;

  @InstantColumn('created_at')
  createdAt: Date;
}
