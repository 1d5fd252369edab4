import { Injectable } from '@nestjs/common';
import { appointmentDurationMinutes, DurationOptions, firstOffer, FirstOffer, freeSlots, OfficeClosedDay, Slot } from '@regflow/domain';
import { addDays, serviceDay } from '@regflow/calendar';
import { EntityManager } from 'typeorm';
import { DiaryTime, DiaryTimeFilter, DiaryTimeService } from '../diaries/diary-time.service';
import { AppointmentTypeSettings } from '../settings/appointment-types.reader';
import { ClosureDaysService } from '../settings/closure-days.service';

export interface AvailabilityRequest {
  readonly type: AppointmentTypeSettings;
  readonly from: string;
  readonly days: number;
  readonly officeId?: string;
  readonly now: Date;
  /** Staff booking on a resident's behalf need not give the notice residents must. */
  readonly minimumNoticeMinutes?: number;
  /** Extra babies or Tell Us Once: only times where the whole, longer appointment fits. */
  readonly length?: DurationOptions;
  /** Only this registrar's sessions. */
  readonly registrarId?: string;
  /** An appointment being moved: the time it holds counts as free (see `movingOf`). */
  readonly movingId?: string;
}

export interface DiaryWindow extends DiaryTime {
  readonly closedDays: OfficeClosedDay[];
  readonly serviceClosures: string[];
}

export interface Availability {
  readonly slots: Slot[];
  readonly firstOffer: FirstOffer;
}

/** Free slots and first offers: load the diary window, then the pure rules decide. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly diaryTime: DiaryTimeService,
    private readonly closureDays: ClosureDaysService,
  ) {}

  /** The sessions and busy time of the London days `fromDay`..`toDay`, with the offices' and the service's closures. */
  async window(manager: EntityManager, fromDay: string, toDay: string, only: DiaryTimeFilter = {}): Promise<DiaryWindow> {
    const time = await this.diaryTime.window(manager, fromDay, toDay, only);
    const closedDays = await this.closureDays.officeClosedDays(manager, fromDay, toDay);
    const serviceClosures = await this.closureDays.between(manager, fromDay, toDay);
    return { ...time, closedDays, serviceClosures };
  }

  async slots(manager: EntityManager, request: AvailabilityRequest): Promise<Slot[]> {
    const to = addDays(request.from, request.days - 1);
    const window = await this.window(manager, request.from, to, {
      ...(request.registrarId ? { registrarId: request.registrarId } : {}),
      ...(request.movingId ? { exceptAppointmentId: request.movingId } : {}),
    });
    return freeSlots(window.sessions, window.busy, {
      type: request.type,
      from: request.from,
      days: request.days,
      now: request.now.toISOString(),
      minimumNoticeMinutes: request.minimumNoticeMinutes ?? request.type.minimumNoticeMinutes,
      horizonDays: request.type.horizonDays,
      closedDays: window.closedDays,
      serviceClosures: window.serviceClosures,
      lengthMinutes: appointmentDurationMinutes(request.type, request.length),
      ...(request.officeId ? { officeId: request.officeId } : {}),
    });
  }

  /** The earliest free slots of a type from today to the booking horizon: what a request is first offered (staff need give no notice). */
  async firstOffer(manager: EntityManager, type: AppointmentTypeSettings, now: Date, minimumNoticeMinutes = type.minimumNoticeMinutes, length: DurationOptions = {}): Promise<FirstOffer> {
    const today = serviceDay(now);
    return firstOffer(await this.slots(manager, { type, from: today, days: type.horizonDays + 1, now, minimumNoticeMinutes, length }));
  }
}
