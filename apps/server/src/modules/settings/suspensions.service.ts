import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { BookingSuspensionEntity } from './booking-suspension.entity';
import { settingsErrors } from './settings.errors';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { SaveSuspensionDto } from './suspensions.dto';

export const SUSPENSION_SORT_FIELDS = ['id', 'fromDay', 'toDay', 'typeCode'] as const;
export const SUSPENSION_FILTERS = ['id', 'typeCode'] as const;
type SuspensionSort = (typeof SUSPENSION_SORT_FIELDS)[number];

/** Suspensions of online booking, with the message residents see instead. */
@Injectable()
export class SuspensionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ListQuery<SuspensionSort>): Promise<[BookingSuspensionEntity[], number]> {
    const where = presentConditions<BookingSuspensionEntity>({
      id: idsFilter(query.filter.id),
      typeCode: typeof query.filter.typeCode === 'string' ? (query.filter.typeCode as BookingSuspensionEntity['typeCode']) : undefined,
    });
    return this.unitOfWork.read((manager) => findPage(manager, BookingSuspensionEntity, where, query));
  }

  get(id: string): Promise<BookingSuspensionEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveSuspensionDto): Promise<BookingSuspensionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const suspension = await saved(manager, { id: randomUUID(), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'suspension', suspension.id, 'created', fields(dto), this.clock.now()));
      return suspension;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveSuspensionDto): Promise<BookingSuspensionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const suspension = await saved(manager, { ...(await existing(manager, id)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'suspension', id, 'updated', fields(dto), this.clock.now()));
      return suspension;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<BookingSuspensionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const suspension = await existing(manager, id);
      await manager.delete(BookingSuspensionEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'suspension', id, 'deleted', {}, this.clock.now()));
      return suspension;
    });
  }
}

function existing(manager: EntityManager, id: string): Promise<BookingSuspensionEntity> {
  return findExisting(manager, BookingSuspensionEntity, { id }, () => settingsErrors.suspensionNotFound(id));
}

async function saved(manager: EntityManager, suspension: BookingSuspensionEntity): Promise<BookingSuspensionEntity> {
  if (suspension.toDay < suspension.fromDay) throw settingsErrors.suspensionEndsBeforeStart();
  if (!(await manager.existsBy(AppointmentTypeEntity, { code: suspension.typeCode }))) throw settingsErrors.unknownType(suspension.typeCode);
  return manager.save(BookingSuspensionEntity, suspension);
}

function fields(dto: SaveSuspensionDto) {
  return { typeCode: dto.typeCode, fromDay: dto.fromDay, toDay: dto.toDay, message: dto.message };
}
