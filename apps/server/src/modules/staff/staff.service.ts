import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { findPage, idsFilter, presentConditions, saveUnique } from '../../common/records/records';
import { PasswordHasher } from '../../common/security/password-hasher';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { OfficesDirectory } from '../settings/offices.directory';
import { StaffOfficeEntity } from './staff-office.entity';
import { CreateStaffDto, UpdateStaffDto } from './staff.dto';
import { staffErrors } from './staff.errors';
import { StaffUserEntity } from './staff-user.entity';

export const STAFF_SORT_FIELDS = ['id', 'name', 'email'] as const;
export const STAFF_FILTERS = ['id', 'active'] as const;
type StaffSort = (typeof STAFF_SORT_FIELDS)[number];

/** Staff accounts: everyone on the staff sees who is who; admins create, change and deactivate them. */
@Injectable()
export class StaffService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly offices: OfficesDirectory,
  ) {}

  list(query: ListQuery<StaffSort>): Promise<[StaffRecord[], number]> {
    const where = presentConditions<StaffUserEntity>({
      id: idsFilter(query.filter.id),
      active: typeof query.filter.active === 'boolean' ? query.filter.active : undefined,
    });
    return this.unitOfWork.read(async (manager) => {
      const [rows, total] = await findPage(manager, StaffUserEntity, where, query);
      return [await withOffices(manager, rows), total];
    });
  }

  get(id: string): Promise<StaffRecord> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: CreateStaffDto): Promise<StaffRecord> {
    return this.unitOfWork.run(async (manager) => {
      const staff = await this.saved(manager, await this.officeIds(manager, dto), {
        id: randomUUID(),
        ...fields(dto),
        passwordHash: await this.hasher.hash(dto.password),
        active: true,
        sessionVersion: 0,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, staffChange(actor, 'staff', staff.id, 'created', summary(dto, true), this.clock.now()));
      return staff;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: UpdateStaffDto): Promise<StaffRecord> {
    return this.unitOfWork.run(async (manager) => {
      if (id === actor.id && (!dto.active || !dto.roles.includes('admin'))) throw staffErrors.selfLockout();
      const { officeIds, ...current } = await existing(manager, id);
      const staff = await this.saved(manager, await this.officeIds(manager, dto), {
        ...current,
        ...fields(dto),
        active: dto.active,
        ...(dto.password ? { passwordHash: await this.hasher.hash(dto.password) } : {}),
        // A new password ends every session signed in with the old one.
        sessionVersion: current.sessionVersion + (dto.password ? 1 : 0),
      });
      await this.audit.record(manager, staffChange(actor, 'staff', id, 'updated', { ...summary(dto, Boolean(dto.password)), active: dto.active }, this.clock.now()));
      return staff;
    });
  }

  private async saved(manager: EntityManager, officeIds: readonly string[], staff: StaffUserEntity): Promise<StaffRecord> {
    const clash = () => staffErrors.emailTaken(staff.email);
    if (await manager.existsBy(StaffUserEntity, { email: staff.email, id: Not(staff.id) })) throw clash();
    const saved = await saveUnique(manager, StaffUserEntity, staff, clash);
    await manager.delete(StaffOfficeEntity, { staffId: staff.id });
    if (officeIds.length > 0) await manager.insert(StaffOfficeEntity, officeIds.map((officeId) => ({ staffId: staff.id, officeId })));
    return { ...saved, officeIds: [...officeIds] };
  }

  /** The offices the change names, each checked to exist. */
  private async officeIds(manager: EntityManager, dto: CreateStaffDto | UpdateStaffDto): Promise<string[]> {
    const officeIds = [...new Set(dto.officeIds ?? [])];
    const unknown = await this.offices.firstUnknown(manager, officeIds);
    if (unknown) throw staffErrors.unknownOffice(unknown);
    return officeIds;
  }
}

/** A staff account with the offices its member works at. */
export interface StaffRecord extends StaffUserEntity {
  readonly officeIds: readonly string[];
}

async function withOffices(manager: EntityManager, rows: StaffUserEntity[]): Promise<StaffRecord[]> {
  const links = rows.length ? await manager.findBy(StaffOfficeEntity, { staffId: In(rows.map((row) => row.id)) }) : [];
  return rows.map((row) => ({ ...row, officeIds: links.filter((link) => link.staffId === row.id).map((link) => link.officeId) }));
}

async function existing(manager: EntityManager, id: string): Promise<StaffRecord> {
  const staff = await manager.findOneBy(StaffUserEntity, { id });
  if (!staff) throw staffErrors.notFound(id);
  return (await withOffices(manager, [staff]))[0];
}

function fields(dto: CreateStaffDto | UpdateStaffDto) {
  return { name: dto.name, email: dto.email, roles: dto.roles };
}

/** What the audit log keeps of a change: never the password, only that it changed. */
function summary(dto: CreateStaffDto | UpdateStaffDto, passwordSet: boolean) {
  return { name: dto.name, email: dto.email, roles: dto.roles, officeIds: dto.officeIds ?? [], passwordSet };
}
