import { Injectable } from '@nestjs/common';
import { AppointmentTypeCode } from '@regflow/contracts';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { UpdateAppointmentTypeDto } from './appointment-types.dto';
import { settingsErrors } from './settings.errors';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';

/** `id` is react-admin's name for the code. */
export const APPOINTMENT_TYPE_SORT_FIELDS = ['id', 'code', 'name', 'durationMinutes', 'targetWorkingDays'] as const;
export const APPOINTMENT_TYPE_FILTERS = ['id', 'onlineBookable'] as const;
type AppointmentTypeSort = (typeof APPOINTMENT_TYPE_SORT_FIELDS)[number];

/** The fixed appointment types; managers tune durations, targets and what residents see. */
@Injectable()
export class AppointmentTypesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ListQuery<AppointmentTypeSort>): Promise<[AppointmentTypeEntity[], number]> {
    const where = presentConditions<AppointmentTypeEntity>({
      code: idsFilter(query.filter.id) as AppointmentTypeEntity['code'] | undefined,
      onlineBookable: typeof query.filter.onlineBookable === 'boolean' ? query.filter.onlineBookable : undefined,
    });
    const byCode = { ...query, sort: { ...query.sort, field: query.sort.field === 'id' ? 'code' : query.sort.field } };
    return this.unitOfWork.read((manager) => findPage(manager, AppointmentTypeEntity, where, byCode, 'code'));
  }

  get(code: string): Promise<AppointmentTypeEntity> {
    return this.unitOfWork.read((manager) => existing(manager, code));
  }

  update(actor: StaffPrincipal, code: string, dto: UpdateAppointmentTypeDto): Promise<AppointmentTypeEntity> {
    return this.unitOfWork.run(async (manager) => {
      const type = await manager.save(AppointmentTypeEntity, { ...(await existing(manager, code)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'appointment-type', code, 'updated', fields(dto), this.clock.now()));
      return type;
    });
  }
}

function existing(manager: EntityManager, code: string): Promise<AppointmentTypeEntity> {
  return findExisting(manager, AppointmentTypeEntity, { code: code as AppointmentTypeCode }, () => settingsErrors.appointmentTypeNotFound(code));
}

function fields(dto: UpdateAppointmentTypeDto) {
  return {
    name: dto.name,
    durationMinutes: dto.durationMinutes,
    targetWorkingDays: dto.targetWorkingDays,
    onlineBookable: dto.onlineBookable,
    modes: dto.modes,
    documentsToBring: dto.documentsToBring,
    extraMinutesPerExtraBaby: dto.extraMinutesPerExtraBaby,
    extraMinutesForTellUsOnce: dto.extraMinutesForTellUsOnce,
    minimumNoticeMinutes: dto.minimumNoticeMinutes,
    horizonDays: dto.horizonDays,
    ...(dto.reminderWorkingDaysBefore !== undefined ? { reminderWorkingDaysBefore: dto.reminderWorkingDaysBefore } : {}),
    ...(dto.reminderTime !== undefined ? { reminderTime: dto.reminderTime } : {}),
  };
}
