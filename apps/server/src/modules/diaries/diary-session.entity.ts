import { AppointmentTypeCode } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn, codeList } from '../../database/columns';

/** A registrar's session on one London day, at an office or (office null) on the telephone. */
@Entity('diary_sessions')
export class DiarySessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'registrar_id', type: 'varchar', length: 36 })
  registrarId: string;

  @Column({ name: 'office_id', type: 'varchar', length: 36, nullable: true })
  officeId: string | null;

  @CivilDateColumn('day')
  day: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ name: 'accepted_types', type: 'varchar', length: 120, transformer: codeList })
  acceptedTypes: AppointmentTypeCode[];

  @Column({ name: 'template_id', type: 'varchar', length: 36, nullable: true })
  templateId: string | null;
}
