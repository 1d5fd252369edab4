import { Injectable } from '@nestjs/common';
import { StaffRole } from '@regflow/contracts';
import { EntityManager, In } from 'typeorm';
import { StaffUserEntity } from './staff-user.entity';

/** A member of staff as other modules see them: never the password hash. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly StaffRole[];
}

/** An active account as a session token is checked against. */
export interface StaffSession extends StaffMember {
  readonly sessionVersion: number;
}

/** An account as sign-in checks it. */
export interface StaffCredentials extends StaffSession {
  readonly passwordHash: string;
}

const MEMBER_COLUMNS = { id: true, name: true, email: true, roles: true } as const;

/** What other modules read of the staff; every method runs in the caller's unit of work. */
@Injectable()
export class StaffDirectory {
  /** The active account signing in with `email` (already lower case), with its password hash. */
  credentials(manager: EntityManager, email: string): Promise<StaffCredentials | null> {
    return manager.findOne(StaffUserEntity, { select: { ...MEMBER_COLUMNS, sessionVersion: true, passwordHash: true }, where: { email, active: true } });
  }

  findActive(manager: EntityManager, id: string): Promise<StaffSession | null> {
    return manager.findOne(StaffUserEntity, { select: { ...MEMBER_COLUMNS, sessionVersion: true }, where: { id, active: true } });
  }

  /** The active account's credentials by id: to check a password its owner gives. */
  credentialsOf(manager: EntityManager, id: string): Promise<StaffCredentials | null> {
    return manager.findOne(StaffUserEntity, { select: { ...MEMBER_COLUMNS, sessionVersion: true, passwordHash: true }, where: { id, active: true } });
  }

  /** Gives the account a new password (its argon2 hash) and ends every session signed in with the old one. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(StaffUserEntity, { id }, { passwordHash });
    await this.endSessions(manager, id);
  }

  /** Ends every session of the account: tokens issued before no longer work. */
  async endSessions(manager: EntityManager, id: string): Promise<void> {
    await manager.increment(StaffUserEntity, { id }, 'sessionVersion', 1);
  }

  findByEmail(manager: EntityManager, email: string): Promise<StaffMember | null> {
    return manager.findOne(StaffUserEntity, { select: MEMBER_COLUMNS, where: { email } });
  }

  activeAmong(manager: EntityManager, ids: readonly string[]): Promise<StaffMember[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(StaffUserEntity, { select: MEMBER_COLUMNS, where: { id: In([...new Set(ids)]), active: true } });
  }

  async activeWithRole(manager: EntityManager, role: StaffRole): Promise<StaffMember[]> {
    return (await manager.find(StaffUserEntity, { select: MEMBER_COLUMNS, where: { active: true } })).filter((member) => member.roles.includes(role));
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(StaffUserEntity, { id });
  }

  /** Everyone's name by id, leavers included: for reports over past work. */
  async names(manager: EntityManager): Promise<Map<string, string>> {
    return new Map((await manager.find(StaffUserEntity, { select: { id: true, name: true } })).map((member) => [member.id, member.name]));
  }
}
