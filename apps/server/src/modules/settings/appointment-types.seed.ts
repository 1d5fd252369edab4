import { DEFAULT_APPOINTMENT_TYPES, DEFAULT_REMINDER } from '@regflow/domain';
import { AppointmentTypeEntity } from './appointment-type.entity';

/** The appointment types as DOMAIN.md defines them: what a new installation starts with. */
export function defaultAppointmentTypes(): AppointmentTypeEntity[] {
  return Object.values(DEFAULT_APPOINTMENT_TYPES).map((type) => ({
    code: type.code,
    name: type.name,
    durationMinutes: type.durationMinutes,
    targetWorkingDays: type.targetWorkingDays,
    modes: [...type.modes],
    onlineBookable: type.onlineBookable,
    documentsToBring: [...type.documentsToBring],
    extraMinutesPerExtraBaby: type.extraMinutesPerExtraBaby,
    extraMinutesForTellUsOnce: type.extraMinutesForTellUsOnce,
    minimumNoticeMinutes: 60,
    horizonDays: 56,
    reminderWorkingDaysBefore: DEFAULT_REMINDER.workingDaysBefore,
    reminderTime: DEFAULT_REMINDER.at,
  }));
}
