import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { DiaryTimeService } from '../diaries/diary-time.service';
import { OfficeEntity } from './office.entity';
import { SaveOfficeDto } from './offices.dto';
import { settingsErrors } from './settings.errors';
import { findExisting, findPage, idsFilter, presentConditions, saveUnique } from '../../common/records/records';

export const OFFICE_SORT_FIELDS = ['id', 'name', 'createdAt'] as const;
export const OFFICE_FILTERS = ['id', 'name'] as const;
type OfficeSort = (typeof OFFICE_SORT_FIELDS)[number];

/** The register offices: their names, addresses, telephone numbers and opening hours. */
@Injectable()
export class OfficesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly diaryTime: DiaryTimeService,
  ) {}

  list(query: ListQuery<OfficeSort>): Promise<[OfficeEntity[], number]> {
    const where = presentConditions<OfficeEntity>({ id: idsFilter(query.filter.id), name: typeof query.filter.name === 'string' ? query.filter.name : undefined });
    return this.unitOfWork.read((manager) => findPage(manager, OfficeEntity, where, query));
  }

  get(id: string): Promise<OfficeEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveOfficeDto): Promise<OfficeEntity> {
    return this.unitOfWork.run(async (manager) => {
      const office = await saved(manager, { id: randomUUID(), ...fields(dto), createdAt: this.clock.now() });
      await this.audit.record(manager, staffChange(actor, 'office', office.id, 'created', fields(dto), this.clock.now()));
      return office;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveOfficeDto): Promise<OfficeEntity> {
    return this.unitOfWork.run(async (manager) => {
      const office = await saved(manager, { ...(await existing(manager, id)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'office', id, 'updated', fields(dto), this.clock.now()));
      return office;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<OfficeEntity> {
    return this.unitOfWork.run(async (manager) => {
      const office = await existing(manager, id);
      if (await this.diaryTime.isOfficeInUse(manager, id)) throw settingsErrors.officeInUse();
      await manager.delete(OfficeEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'office', id, 'deleted', {}, this.clock.now()));
      return office;
    });
  }
}

function existing(manager: EntityManager, id: string): Promise<OfficeEntity> {
  return findExisting(manager, OfficeEntity, { id }, () => settingsErrors.officeNotFound(id));
}

async function saved(manager: EntityManager, office: OfficeEntity): Promise<OfficeEntity> {
  const clash = () => settingsErrors.officeNameTaken(office.name);
  if (await manager.existsBy(OfficeEntity, { name: office.name, id: Not(office.id) })) throw clash();
  return saveUnique(manager, OfficeEntity, office, clash);
}

function fields(dto: SaveOfficeDto) {
  return { name: dto.name, address: dto.address, phone: dto.phone ?? null, openingHours: dto.openingHours };
}
