import { StaffRole } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { codeList, InstantColumn } from '../../database/columns';

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

  /** Signing out and a new password bump it: session tokens carry it, and an older one no longer works. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion: number;

  @InstantColumn('created_at')
  createdAt: Date;
}
