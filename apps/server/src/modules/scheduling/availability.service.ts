import { Injectable } from '@nestjs/common';
import { firstOffer, FirstOffer, freeSlots, Slot } from '@regflow/domain';
import { addDays, serviceDay } from '@regflow/calendar';
import { EntityManager } from 'typeorm';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { SchedulingRepository } from './scheduling.repository';

export interface AvailabilityRequest {
  readonly type: AppointmentTypeEntity;
  readonly from: string;
  readonly days: number;
  readonly officeId?: string;
  readonly now: Date;
  /** Staff booking on a resident's behalf need not give the notice residents must. */
  readonly minimumNoticeMinutes?: number;
}

export interface Availability {
  readonly slots: Slot[];
  readonly firstOffer: FirstOffer;
}

/** Free slots and first offers: load the diary window, then the pure rules decide. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly repository: SchedulingRepository) {}

  async slots(manager: EntityManager, request: AvailabilityRequest): Promise<Slot[]> {
    const to = addDays(request.from, request.days - 1);
    const window = await this.repository.loadDiaryWindow(manager, request.from, to);
    return freeSlots(window.sessions, window.busy, {
      typeCode: request.type.code,
      from: request.from,
      days: request.days,
      now: request.now.toISOString(),
      minimumNoticeMinutes: request.minimumNoticeMinutes ?? request.type.minimumNoticeMinutes,
      horizonDays: request.type.horizonDays,
      durationMinutes: request.type.durationMinutes,
      closedDays: window.closedDays,
      serviceClosures: window.serviceClosures,
      ...(request.officeId ? { officeId: request.officeId } : {}),
    });
  }

  /** The earliest free slots of a type from today to the booking horizon: what a request is first offered (staff need give no notice). */
  async firstOffer(manager: EntityManager, type: AppointmentTypeEntity, now: Date, minimumNoticeMinutes = type.minimumNoticeMinutes): Promise<FirstOffer> {
    const today = serviceDay(now);
    return firstOffer(await this.slots(manager, { type, from: today, days: type.horizonDays + 1, now, minimumNoticeMinutes }));
  }
}
