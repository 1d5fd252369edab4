import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn } from '../../database/columns';

/** A day one office is closed: it removes that office's availability, not a working day. */
@Entity('office_closed_days')
export class OfficeClosedDayEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'office_id', type: 'varchar', length: 36 })
  officeId: string;

  @CivilDateColumn('day')
  day: string;

  @Column({ type: 'varchar', length: 200 })
  reason: string;
}
