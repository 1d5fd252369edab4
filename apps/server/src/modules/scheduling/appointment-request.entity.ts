import { AppointmentTypeCode, RequestChannel } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn, InstantColumn } from '../../database/columns';

export type { RequestChannel };

/**
 * Someone asking for an appointment, with the first offer recorded at that moment: what the
 * compliance indicators score (DOMAIN.md: offered, not chosen).
 */
@Entity('appointment_requests')
export class AppointmentRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'type_code', type: 'varchar', length: 20 })
  typeCode: AppointmentTypeCode;

  @Column({ type: 'varchar', length: 10 })
  channel: RequestChannel;

  @InstantColumn('requested_at')
  requestedAt: Date;

  @CivilDateColumn('service_day')
  serviceDay: string;

  @InstantColumn('paperwork_ready_at', { nullable: true })
  paperworkReadyAt: Date | null;

  @CivilDateColumn('event_date', { nullable: true })
  eventDate: string | null;

  @Column({ name: 'coroner_referral', type: 'boolean', default: false })
  coronerReferral: boolean;

  @Column({ type: 'integer', default: 1 })
  babies: number;

  /** A death's informant asked for Tell Us Once: the appointment takes the type's extra minutes for it. */
  @Column({ name: 'tell_us_once', type: 'boolean', default: false })
  tellUsOnce: boolean;

  /** The type's target when the request was made: a later change of target never rescores it. */
  @Column({ name: 'target_working_days', type: 'integer' })
  targetWorkingDays: number;

  /** The last service day a first offer meets the target (moved on when the still-birth paperwork arrives). */
  @CivilDateColumn('target_deadline_on')
  targetDeadlineOn: string;

  /** The earliest free slot of the type anywhere in the service when the request was made. */
  @InstantColumn('first_offer_starts_at', { nullable: true })
  firstOfferStartsAt: Date | null;

  /** The earliest free slot of the type at the office (or telephone) the resident chose. */
  @InstantColumn('first_offer_at_office_starts_at', { nullable: true })
  firstOfferAtOfficeStartsAt: Date | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of what was submitted with the key: the key replays that submission and no other. */
  @Column({ name: 'idempotency_body_hash', type: 'varchar', length: 64, nullable: true })
  idempotencyBodyHash: string | null;
}
