import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { findPage, idsFilter, presentConditions, saveUnique, staffChange } from '../../common/records/records';
import { PasswordHasher } from '../../common/security/password-hasher';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { OfficeEntity } from '../offices/office.entity';
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
  ) {}

  list(query: ListQuery<StaffSort>): Promise<[StaffUserEntity[], number]> {
    const where = presentConditions<StaffUserEntity>({
      id: idsFilter(query.filter.id),
      active: typeof query.filter.active === 'boolean' ? query.filter.active : undefined,
    });
    return this.unitOfWork.read(async (manager) => {
      const [rows, total] = await findPage(manager, StaffUserEntity, where, query);
      const withOffices = await manager.find(StaffUserEntity, { where: { id: In(rows.map((row) => row.id)) }, relations: { offices: true } });
      const byId = new Map(withOffices.map((staff) => [staff.id, staff]));
      return [rows.map((row) => byId.get(row.id) ?? row), total];
    });
  }

  get(id: string): Promise<StaffUserEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: CreateStaffDto): Promise<StaffUserEntity> {
    return this.unitOfWork.run(async (manager) => {
      const staff = await this.saved(manager, {
        id: randomUUID(),
        ...(await fields(manager, dto)),
        passwordHash: await this.hasher.hash(dto.password),
        active: true,
        diaryVersion: 0,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, staffChange(actor, 'staff', staff.id, 'created', summary(dto, true), this.clock.now()));
      return staff;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: UpdateStaffDto): Promise<StaffUserEntity> {
    return this.unitOfWork.run(async (manager) => {
      if (id === actor.id && (!dto.active || !dto.roles.includes('admin'))) throw staffErrors.selfLockout();
      const current = await existing(manager, id);
      const staff = await this.saved(manager, {
        ...current,
        ...(await fields(manager, dto)),
        active: dto.active,
        ...(dto.password ? { passwordHash: await this.hasher.hash(dto.password) } : {}),
      });
      await this.audit.record(manager, staffChange(actor, 'staff', id, 'updated', { ...summary(dto, Boolean(dto.password)), active: dto.active }, this.clock.now()));
      return staff;
    });
  }

  private async saved(manager: EntityManager, staff: StaffUserEntity): Promise<StaffUserEntity> {
    const clash = () => staffErrors.emailTaken(staff.email);
    if (await manager.existsBy(StaffUserEntity, { email: staff.email, id: Not(staff.id) })) throw clash();
    return saveUnique(manager, StaffUserEntity, staff, clash);
  }
}

async function existing(manager: EntityManager, id: string): Promise<StaffUserEntity> {
  const staff = await manager.findOne(StaffUserEntity, { where: { id }, relations: { offices: true } });
  if (!staff) throw staffErrors.notFound(id);
  return staff;
}

async function fields(manager: EntityManager, dto: CreateStaffDto | UpdateStaffDto) {
  const officeIds = dto.officeIds ?? [];
  const offices = officeIds.length ? await manager.findBy(OfficeEntity, { id: In(officeIds) }) : [];
  const missing = officeIds.find((id) => !offices.some((office) => office.id === id));
  if (missing) throw staffErrors.unknownOffice(missing);
  return { name: dto.name, email: dto.email, roles: dto.roles, offices };
}

/** What the audit log keeps of a change: never the password, only that it changed. */
function summary(dto: CreateStaffDto | UpdateStaffDto, passwordSet: boolean) {
  return { name: dto.name, email: dto.email, roles: dto.roles, officeIds: dto.officeIds ?? [], passwordSet };
}
