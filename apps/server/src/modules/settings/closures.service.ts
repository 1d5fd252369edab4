import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { ServiceClosureEntity } from './service-closure.entity';
import { SaveClosureDto } from './closures.dto';
import { settingsErrors } from './settings.errors';
import { dayRange, findExisting, findPage, idsFilter, presentConditions, saveUnique } from '../../common/records/records';

export const CLOSURE_SORT_FIELDS = ['id', 'day', 'reason'] as const;
export const CLOSURE_FILTERS = ['id', 'day_gte', 'day_lte'] as const;
type ClosureSort = (typeof CLOSURE_SORT_FIELDS)[number];

/** Service-wide closure days (bank holidays): no availability anywhere and not working days for targets. */
@Injectable()
export class ClosuresService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ListQuery<ClosureSort>): Promise<[ServiceClosureEntity[], number]> {
    const where = presentConditions<ServiceClosureEntity>({ id: idsFilter(query.filter.id), day: dayRange(query.filter.day_gte, query.filter.day_lte) });
    return this.unitOfWork.read((manager) => findPage(manager, ServiceClosureEntity, where, query));
  }

  get(id: string): Promise<ServiceClosureEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveClosureDto): Promise<ServiceClosureEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await saved(manager, { id: randomUUID(), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'service-closure', closure.id, 'created', fields(dto), this.clock.now()));
      return closure;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveClosureDto): Promise<ServiceClosureEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await saved(manager, { ...(await existing(manager, id)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'service-closure', id, 'updated', fields(dto), this.clock.now()));
      return closure;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<ServiceClosureEntity> {
    return this.unitOfWork.run(async (manager) => {
      const closure = await existing(manager, id);
      await manager.delete(ServiceClosureEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'service-closure', id, 'deleted', {}, this.clock.now()));
      return closure;
    });
  }
}

function existing(manager: EntityManager, id: string): Promise<ServiceClosureEntity> {
  return findExisting(manager, ServiceClosureEntity, { id }, () => settingsErrors.closureNotFound(id));
}

async function saved(manager: EntityManager, closure: ServiceClosureEntity): Promise<ServiceClosureEntity> {
  const clash = () => settingsErrors.closureDayTaken(closure.day);
  if (await manager.existsBy(ServiceClosureEntity, { day: closure.day, id: Not(closure.id) })) throw clash();
  return saveUnique(manager, ServiceClosureEntity, closure, clash);
}

function fields(dto: SaveClosureDto) {
  return { day: dto.day, reason: dto.reason };
}
