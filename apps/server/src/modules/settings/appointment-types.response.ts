import { AppointmentTypeResponse } from '@regflow/contracts';

export type { AppointmentTypeResponse };

/** An appointment type row as scheduling keeps it. */
export type AppointmentTypeRow = Omit<AppointmentTypeResponse, 'id'>;

export function toAppointmentTypeResponse(type: AppointmentTypeRow): AppointmentTypeResponse {
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
