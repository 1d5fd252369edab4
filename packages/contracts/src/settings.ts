import { AppointmentTypeCode } from './appointment-types';

export const APPOINTMENT_MODES = ['face-to-face', 'telephone'] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];

/** ISO weekday (`'1'` = Monday) → `[opens, closes]`, `HH:mm` London time; a missing day is closed. */
export type OpeningHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', readonly [string, string]>>;

/** `PUT /api/appointment-types/:code`: a manager's rules for one type, sent whole. */
export interface UpdateAppointmentTypeRequest {
  readonly name: string;
  readonly durationMinutes: number;
  readonly targetWorkingDays: number;
  readonly onlineBookable: boolean;
  readonly modes: readonly AppointmentMode[];
  readonly documentsToBring: readonly string[];
  readonly extraMinutesPerExtraBaby: number;
  readonly extraMinutesForTellUsOnce: number;
  readonly minimumNoticeMinutes: number;
  readonly horizonDays: number;
  readonly reminderWorkingDaysBefore?: number;
  /** `HH:mm`, London time. */
  readonly reminderTime?: string;
}

/** An appointment type for staff; `id` is the code, as react-admin needs an `id`. */
export interface AppointmentTypeResponse extends Required<UpdateAppointmentTypeRequest> {
  readonly id: AppointmentTypeCode;
  readonly code: AppointmentTypeCode;
}

export interface SaveOfficeRequest {
  readonly name: string;
  readonly address: string;
  /** The office's public telephone number, which residents are told to call; null or left out: none. */
  readonly phone?: string | null;
  readonly openingHours: OpeningHours;
}

export interface OfficeResponse extends SaveOfficeRequest {
  readonly id: string;
  readonly phone: string | null;
  readonly createdAt: string;
}

/** A day the whole service is closed (not a working day). */
export interface SaveClosureRequest {
  readonly day: string;
  readonly reason: string;
}

export interface ClosureResponse extends SaveClosureRequest {
  readonly id: string;
}

/** A day one office is closed. */
export interface SaveOfficeClosureRequest {
  readonly officeId: string;
  readonly day: string;
  readonly reason: string;
}

export interface OfficeClosureResponse extends SaveOfficeClosureRequest {
  readonly id: string;
}

/** Online booking of a type paused from `fromDay` to `toDay`; residents see `message`. */
export interface SaveSuspensionRequest {
  readonly typeCode: AppointmentTypeCode;
  readonly fromDay: string;
  readonly toDay: string;
  readonly message: string;
}

export interface SuspensionResponse extends SaveSuspensionRequest {
  readonly id: string;
}

/** How residents are told an office's name: "Redditch Register Office" for an office named "Redditch"; a name that already says office stays. */
export function registerOfficeName(name: string): string {
  return /\boffice\b/i.test(name) ? name : `${name} Register Office`;
}
