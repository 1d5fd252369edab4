import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PasswordHasher } from '../../common/security/password-hasher';
import { StaffRole } from '@regflow/contracts';
import { StaffOfficeEntity } from '../staff/staff-office.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { DemoStaffMember, idFor } from './demo-data';
import { demoPasswords } from './demo-passwords';
import { DemoRandom } from './demo-random';

/** A demo sign-in: the only place its password exists outside the person's head. */
export interface DemoCredential {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly StaffRole[];
  readonly password: string;
}

export interface SeededStaff {
  /** Staff ids by email. */
  readonly ids: ReadonlyMap<string, string>;
  readonly credentials: readonly DemoCredential[];
}

/** Inserts the staff, each with an argon2 hash of a new demo password, and the offices each works at. */
export async function seedStaff(
  manager: EntityManager,
  hasher: PasswordHasher,
  staff: readonly DemoStaffMember[],
  officeIds: ReadonlyMap<string, string>,
  random: DemoRandom,
  now: Date,
): Promise<SeededStaff> {
  const passwords = demoPasswords(staff.length, random);
  const hashes = await Promise.all(passwords.map((password) => hasher.hash(password)));
  const rows = staff.map((member, index) => ({
    id: randomUUID(),
    name: member.name,
    email: member.email,
    passwordHash: hashes[index],
    roles: [...member.roles],
    active: true,
    createdAt: now,
  }));
  await manager.save(StaffUserEntity, rows);
  await manager.insert(
    StaffOfficeEntity,
    staff.flatMap((member, index) => member.offices.map((key) => ({ staffId: rows[index].id, officeId: idFor(officeIds, key) }))),
  );
  return {
    ids: new Map(rows.map((row) => [row.email, row.id])),
    credentials: staff.map(({ name, email, roles }, index) => ({ name, email, roles, password: passwords[index] })),
  };
}
