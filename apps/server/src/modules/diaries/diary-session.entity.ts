import { Column, Entity } from 'typeorm';
import { CivilDateColumn } from '../../database/columns';
import { SessionShape } from './session-shape';

/** A registrar's session on one London day, at an office or (office null) on the telephone. */
@Entity('diary_sessions')
export class DiarySessionEntity extends SessionShape {
  @CivilDateColumn('day')
  day: string;

  @Column({ name: 'template_id', type: 'varchar', length: 36, nullable: true })
  templateId: string | null;
}
