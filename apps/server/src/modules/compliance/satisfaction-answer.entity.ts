import { AppointmentTypeCode, SatisfactionRating } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn, InstantColumn } from '../../database/columns';

/** A resident's one answer, online, to how we did at their appointment: counted in customer satisfaction. */
@Entity('satisfaction_answers')
export class SatisfactionAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** One answer per appointment (unique). */
  @Column({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId: string;

  @Column({ name: 'type_code', type: 'varchar', length: 20 })
  typeCode: AppointmentTypeCode;

  @Column({ type: 'varchar', length: 10 })
  rating: SatisfactionRating;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The London day of the answer: the period it counts in. */
  @CivilDateColumn('service_day')
  serviceDay: string;

  @InstantColumn('answered_at')
  answeredAt: Date;
}
