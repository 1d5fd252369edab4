import { Entity, PrimaryColumn } from 'typeorm';

/** An office a member of staff works at (the office itself is the settings module's). */
@Entity('staff_offices')
export class StaffOfficeEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @PrimaryColumn({ name: 'office_id', type: 'varchar', length: 36 })
  officeId: string;
}
