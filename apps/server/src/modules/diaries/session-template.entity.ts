import { AppointmentTypeCode } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { codeList } from '../../database/columns';

/** One session of a registrar's weekly rota; sessions are opened from it for weeks ahead. */
@Entity('session_templates')
export class SessionTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'registrar_id', type: 'varchar', length: 36 })
  registrarId: string;

  @Column({ name: 'office_id', type: 'varchar', length: 36, nullable: true })
  officeId: string | null;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'integer' })
  weekday: number;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ name: 'accepted_types', type: 'varchar', length: 120, transformer: codeList })
  acceptedTypes: AppointmentTypeCode[];

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
