import { AppointmentTypeCode } from '@regflow/contracts';
import { AppointmentMode, AppointmentTypeEntity } from '../scheduling/appointment-type.entity';

/** An appointment type for staff; `id` is the code, as react-admin needs an `id`. */
export interface AppointmentTypeResponse {
  readonly id: AppointmentTypeCode;
  readonly code: AppointmentTypeCode;
  readonly name: string;
  readonly durationMinutes: number;
  readonly targetWorkingDays: number;
  readonly onlineBookable: boolean;
  readonly modes: AppointmentMode[];
  readonly documentsToBring: string[];
  readonly extraMinutesPerExtraBaby: number;
  readonly extraMinutesForTellUsOnce: number;
  readonly minimumNoticeMinutes: number;
  readonly horizonDays: number;
  readonly reminderWorkingDaysBefore: number;
  readonly reminderTime: string;
}

export function toAppointmentTypeResponse(type: AppointmentTypeEntity): AppointmentTypeResponse {
  return {
    id: type.code,
    code: type.code,
    name: type.name,
    durationMinutes: type.durationMinutes,
    targetWorkingDays: type.targetWorkingDays,
    onlineBookable: type.onlineBookable,
    modes: type.modes,
    documentsToBring: type.documentsToBring,
    extraMinutesPerExtraBaby: type.extraMinutesPerExtraBaby,
    extraMinutesForTellUsOnce: type.extraMinutesForTellUsOnce,
    minimumNoticeMinutes: type.minimumNoticeMinutes,
    horizonDays: type.horizonDays,
    reminderWorkingDaysBefore: type.reminderWorkingDaysBefore,
    reminderTime: type.reminderTime,
  };
}
