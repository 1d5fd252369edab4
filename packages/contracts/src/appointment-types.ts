export const APPOINTMENT_TYPE_CODES = [
  'birth',
  'still-birth',
  'death',
  'notice',
  'notice-referred',
  'ceremony',
] as const;

export type AppointmentTypeCode = (typeof APPOINTMENT_TYPE_CODES)[number];

export function isAppointmentTypeCode(value: string): value is AppointmentTypeCode {
  return (APPOINTMENT_TYPE_CODES as readonly string[]).includes(value);
}
