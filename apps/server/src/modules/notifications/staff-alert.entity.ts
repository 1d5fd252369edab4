import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** Something staff must act on: an escalation, a capacity warning, a message that could not be delivered. */
@Entity('staff_alerts')
export class StaffAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Unique: one alert per cause, however often the check runs. */
  @Column({ type: 'varchar', length: 160 })
  key: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  summary: string;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36, nullable: true })
  appointmentId: string | null;

  @InstantColumn('raised_at')
  raisedAt: Date;

  @InstantColumn('resolved_at', { nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'varchar', length: 36, nullable: true })
  resolvedBy: string | null;
}
