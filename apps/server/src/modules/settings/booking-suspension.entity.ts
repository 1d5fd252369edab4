import { AppointmentTypeCode } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn } from '../../database/columns';

/** Online booking of a type switched off from one day to another (inclusive), with what residents see instead. */
@Entity('booking_suspensions')
export class BookingSuspensionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'type_code', type: 'varchar', length: 20 })
  typeCode: AppointmentTypeCode;

  @CivilDateColumn('from_day')
  fromDay: string;

  @CivilDateColumn('to_day')
  toDay: string;

  @Column({ type: 'text' })
  message: string;
}
