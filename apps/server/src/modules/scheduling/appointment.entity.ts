import { APPOINTMENT_STATUSES, AppointmentStatus } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';
import { AppointmentMode } from '@regflow/domain';

export { APPOINTMENT_STATUSES };
export type { AppointmentStatus };

@Entity('appointments')
export class AppointmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Column({ name: 'registrar_id', type: 'varchar', length: 36 })
  registrarId: string;

  @Column({ name: 'office_id', type: 'varchar', length: 36, nullable: true })
  officeId: string | null;

  @Column({ type: 'varchar', length: 12 })
  mode: AppointmentMode;

  @InstantColumn('starts_at')
  startsAt: Date;

  @InstantColumn('ends_at')
  endsAt: Date;

  @Column({ type: 'varchar', length: 16 })
  status: AppointmentStatus;

  @Column({ type: 'varchar', length: 12 })
  reference: string;

  @Column({ name: 'resident_name', type: 'varchar', length: 120 })
  residentName: string;

  /** Null when the resident gave a mobile number only. */
  @Column({ name: 'resident_email', type: 'varchar', length: 254, nullable: true })
  residentEmail: string | null;

  @Column({ name: 'resident_phone', type: 'varchar', length: 30, nullable: true })
  residentPhone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @InstantColumn('registered_at', { nullable: true })
  registeredAt: Date | null;

  // The status history below is optional so that a booking, which has none yet, need not name it.

  /** The status before the last change, while that change can still be undone; null (or absent) once undone or never changed. */
  @Column({ name: 'previous_status', type: 'varchar', length: 16, nullable: true })
  previousStatus?: AppointmentStatus | null;

  /** When the status was last changed, or a change undone. */
  @InstantColumn('status_changed_at', { nullable: true })
  statusChangedAt?: Date | null;

  /** When the last change was undone; cleared by the next change. */
  @InstantColumn('status_undone_at', { nullable: true })
  statusUndoneAt?: Date | null;

  @InstantColumn('created_at')
  createdAt: Date;

  @InstantColumn('updated_at')
  updatedAt: Date;
}
