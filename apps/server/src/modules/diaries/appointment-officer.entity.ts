import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

export const OFFICER_ROLES = ['registrar', 'superintendent-registrar'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/**
 * One officer's hold on their diary for an appointment: the row the no-overlap guarantee is on (an
 * exclusion constraint on PostgreSQL, the diary lock on SQLite). Cancelling the appointment makes
 * it inactive and frees the officer.
 */
@Entity('appointment_officers')
export class AppointmentOfficerEntity {
  @PrimaryColumn({ name: 'appointment_id', type: 'varchar', length: 36 })
  appointmentId: string;

  @PrimaryColumn({ name: 'registrar_id', type: 'varchar', length: 36 })
  registrarId: string;

  @Column({ type: 'varchar', length: 30 })
  role: OfficerRole;

  @InstantColumn('starts_at')
  startsAt: Date;

  @InstantColumn('ends_at')
  endsAt: Date;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
