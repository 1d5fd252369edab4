import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import { codeList, InstantColumn } from '../../database/columns';
import { OfficeEntity } from '../offices/office.entity';

export const STAFF_ROLES = ['registrar', 'superintendent-registrar', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

@Entity('staff_users')
export class StaffUserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 120, transformer: codeList })
  roles: StaffRole[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped by every booking in this registrar's diary: the row lock that serialises them. */
  @Column({ name: 'diary_version', type: 'integer', default: 0 })
  diaryVersion: number;

  @ManyToMany(() => OfficeEntity)
  @JoinTable({ name: 'staff_offices', joinColumn: { name: 'staff_id' }, inverseJoinColumn: { name: 'office_id' } })
  offices: OfficeEntity[];

  @InstantColumn('created_at')
  createdAt: Date;
}
