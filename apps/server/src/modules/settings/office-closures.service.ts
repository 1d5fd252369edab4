import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { OfficeClosedDayEntity } from './office-closed-day.entity';
import { OfficeEntity } from './office.entity';
import { SaveOfficeClosureDto } from './office-closures.dto';
import { settingsErrors } from './settings.errors';
import { dayRange, findExisting, findPage, idsFilter, presentConditions, saveUnique } from '../../common/records/records';

export const OFFICE_CLOSURE_SORT_FIELDS = ['id', 'day', 'officeId'] as const;
export const OFFICE_CLOSURE_FILTERS = ['id', 'officeId', 'day_gte', 'day_lte'] as const;
type OfficeClosureSort = (typeof OFFICE_CLOSURE_SORT_FIELDS)[number];

/** Days one office is closed: its sessions offer no slots, but the day still counts as a working day. */
@Injectable()
export class OfficeClosuresService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ListQuery<OfficeClosureSort>): Promise<[OfficeClosedDayEntity[], number]> {
    const { filter } = query;
    const where = presentConditions<OfficeClosedDayEntity>({
      id: idsFilter(filter.id),
      officeId: idsFilter(filter.officeId),
      day: dayRange(filter.day_gte, filter.day_lte),
    });
    return this.unitOfWork.read((manager) => findPage(manager, OfficeClosedDayEntity, where, query));
  }

  get(id: string): Promise<OfficeClosedDayEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveOfficeClosureDto): Promise<OfficeClosedDayEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await saved(manager, { id: randomUUID(), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'office-closure', closure.id, 'created', fields(dto), this.clock.now()));
      return closure;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveOfficeClosureDto): Promise<OfficeClosedDayEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await saved(manager, { ...(await existing(manager, id)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'office-closure', id, 'updated', fields(dto), this.clock.now()));
      return closure;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<OfficeClosedDayEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await existing(manager, id);
      await manager.delete(OfficeClosedDayEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'office-closure', id, 'deleted', {}, this.clock.now()));
      return closure;
    });
  }
}

function existing(manager: EntityManager, id: string): Promise<OfficeClosedDayEntity> {
  return findExisting(manager, OfficeClosedDayEntity, { id }, () => settingsErrors.officeClosureNotFound(id));
}

async function saved(manager: EntityManager, closure: OfficeClosedDayEntity): Promise<OfficeClosedDayEntity> {
  if (!(await manager.existsBy(OfficeEntity, { id: closure.officeId }))) throw settingsErrors.unknownOffice(closure.officeId);
  const clash = () => settingsErrors.officeClosureDayTaken(closure.day);
  if (await manager.existsBy(OfficeClosedDayEntity, { officeId: closure.officeId, day: closure.day, id: Not(closure.id) })) throw clash();
  return saveUnique(manager, OfficeClosedDayEntity, closure, clash);
}

function fields(dto: SaveOfficeClosureDto) {
  return { officeId: dto.officeId, day: dto.day, reason: dto.reason };
}
