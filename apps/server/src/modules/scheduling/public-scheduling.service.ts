import { Injectable } from '@nestjs/common';
import { serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { DurationOptions } from '@regflow/domain';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { AvailabilityService } from './availability.service';
import { AvailabilityResponse, PublicAppointmentTypeResponse, toPublicTypeResponse, toSlotResponse } from './public-bookings.response';
import { AppointmentTypesReader } from '../settings/appointment-types.reader';
import { schedulingErrors } from './scheduling.errors';

export interface AvailabilityQuery {
  readonly typeCode: AppointmentTypeCode;
  readonly from: string;
  readonly days: number;
  readonly officeId?: string;
  /** Extra babies or Tell Us Once: only times the longer appointment fits. */
  readonly length?: DurationOptions;
}

/** What residents may see before booking: the types open online and their free slots. */
@Injectable()
export class PublicSchedulingService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly types: AppointmentTypesReader,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  onlineTypes(): Promise<PublicAppointmentTypeResponse[]> {
    return this.unitOfWork.read(async (manager) => {
      const today = serviceDay(this.clock.now());
      const types = await this.types.onlineBookable(manager);
      const suspensions = await this.types.suspensionsCovering(manager, today);
      return types.map((type) => toPublicTypeResponse(type, suspensions.find((suspension) => suspension.typeCode === type.code)?.message ?? null));
    });
  }

  freeSlots(query: AvailabilityQuery): Promise<AvailabilityResponse> {
    return this.unitOfWork.read(async (manager) => {
      const now = this.clock.now();
      const type = await this.types.find(manager, query.typeCode);
      if (!type || !type.onlineBookable) throw type ? schedulingErrors.notBookableOnline(type.name) : schedulingErrors.unknownType(query.typeCode);
      const suspension = await this.types.suspensionOn(manager, type.code, serviceDay(now));
      if (suspension) throw schedulingErrors.suspended(suspension.message);
      const slots = await this.availability.slots(manager, { type, from: query.from, days: query.days, now, ...(query.length ? { length: query.length } : {}), ...(query.officeId ? { officeId: query.officeId } : {}) });
      return { type: type.code, firstOffer: slots[0] ? toSlotResponse(slots[0]) : null, slots: slots.map(toSlotResponse) };
    });
  }
}
