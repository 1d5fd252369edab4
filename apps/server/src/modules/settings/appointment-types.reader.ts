import { Injectable } from '@nestjs/common';
import { CivilDate } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { AppointmentTypeRules } from '@regflow/domain';
import { EntityManager, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { BookingSuspensionEntity } from './booking-suspension.entity';

/** An appointment type as managers set it: its rules, how far ahead residents book, and their reminder. */
export interface AppointmentTypeSettings extends AppointmentTypeRules {
  /** How long before a slot online booking closes. */
  readonly minimumNoticeMinutes: number;
  /** How many calendar days ahead residents may book. */
  readonly horizonDays: number;
  /** This many working days before the appointment (0: none), at `reminderTime` London. */
  readonly reminderWorkingDaysBefore: number;
  readonly reminderTime: string;
}

/** A period managers closed a type's online booking, with what residents are told. */
export interface OnlineBookingSuspension {
  readonly typeCode: AppointmentTypeCode;
  readonly fromDay: CivilDate;
  readonly toDay: CivilDate;
  readonly message: string;
}

/** What other modules read of the appointment types and their suspensions; every method runs in the caller's unit of work. */
@Injectable()
export class AppointmentTypesReader {
  find(manager: EntityManager, code: AppointmentTypeCode): Promise<AppointmentTypeSettings | null> {
    return manager.findOneBy(AppointmentTypeEntity, { code });
  }

  all(manager: EntityManager): Promise<AppointmentTypeSettings[]> {
    return manager.find(AppointmentTypeEntity, { order: { code: 'ASC' } });
  }

  onlineBookable(manager: EntityManager): Promise<AppointmentTypeSettings[]> {
    return manager.find(AppointmentTypeEntity, { where: { onlineBookable: true }, order: { code: 'ASC' } });
  }

  suspensionOn(manager: EntityManager, typeCode: AppointmentTypeCode, day: CivilDate): Promise<OnlineBookingSuspension | null> {
    return manager.findOneBy(BookingSuspensionEntity, { typeCode, fromDay: LessThanOrEqual(day), toDay: MoreThanOrEqual(day) });
  }

  suspensionsCovering(manager: EntityManager, day: CivilDate): Promise<OnlineBookingSuspension[]> {
    return manager.findBy(BookingSuspensionEntity, { toDay: MoreThanOrEqual(day), fromDay: LessThanOrEqual(day) });
  }
}
