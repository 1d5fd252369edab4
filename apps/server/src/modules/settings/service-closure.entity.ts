import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn } from '../../database/columns';

/** A service-wide closure day: not a working day for any target. */
@Entity('service_closures')
export class ServiceClosureEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @CivilDateColumn('day')
  day: string;

  @Column({ type: 'varchar', length: 200 })
  reason: string;
}
