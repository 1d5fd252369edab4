import { Injectable } from '@nestjs/common';
import { addDays, serviceDay } from '@regflow/calendar';
import { targetDeadline } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { ClosureDaysService } from '../settings/closure-days.service';
import { AppointmentTypeSettings, AppointmentTypesReader } from '../settings/appointment-types.reader';
import { AvailabilityService } from '../scheduling/availability.service';
import { raiseAlert } from './staff-alerts';
import { StaffMessages } from './staff-messages';

export interface CapacityReading {
  readonly typeCode: string;
  /** The service day of the first free slot, or null when nothing is free up to the booking horizon. */
  readonly firstFreeDay: string | null;
  /** The last day a request made now could be offered and still be within the type's current target. */
  readonly deadline: string;
  readonly atRisk: boolean;
}

/**
 * Compares the first free slot of each type with its target: a type whose first free slot is on or
 * after the deadline of a request made now is at risk, and managers hear of it before a breach.
 */
@Injectable()
export class CapacityMonitor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly availability: AvailabilityService,
    private readonly staffMessages: StaffMessages,
    private readonly closureDays: ClosureDaysService,
    private readonly types: AppointmentTypesReader,
  ) {}

  check(): Promise<CapacityReading[]> {
    return this.unitOfWork.run(async (manager) => {
      const now = this.clock.now();
      const today = serviceDay(now);
      const closures = await this.closureDays.between(manager, today, addDays(today, 60));
      const readings: CapacityReading[] = [];
      for (const type of await this.types.onlineBookable(manager)) {
        const offer = (await this.availability.firstOffer(manager, type, now)).serviceWide;
        const firstFreeDay = offer ? serviceDay(offer.startsAt) : null;
        const deadline = targetDeadline({ typeCode: type.code, requestedAt: now, targetWorkingDays: type.targetWorkingDays, closures });
        const reading = { typeCode: type.code, firstFreeDay, deadline, atRisk: firstFreeDay === null || firstFreeDay >= deadline };
        readings.push(reading);
        if (reading.atRisk) await this.warn(manager, type, reading, now);
      }
      return readings;
    });
  }

  private async warn(manager: EntityManager, type: AppointmentTypeSettings, reading: CapacityReading, now: Date): Promise<void> {
    const today = serviceDay(now);
    const key = `capacity-${type.code}-${today}`;
    const summary = reading.firstFreeDay
      ? `${type.name}: the first free appointment is on ${reading.firstFreeDay}; a request today must be offered one by ${reading.deadline}`
      : `${type.name}: no free appointment in the next ${type.horizonDays} days; a request today must be offered one by ${reading.deadline}`;
    await raiseAlert(manager, { key, kind: 'capacity', summary, appointmentId: null }, now);
    for (const member of await this.staffMessages.managers(manager)) {
      await this.staffMessages.queue(manager, member, { key: `${key}-${member.id}`, kind: 'capacity', subject: summary, appointmentId: null }, now);
    }
  }
}
