import { APPOINTMENT_TYPE_CODES, registerOfficeName } from '@regflow/contracts';
import type { AppointmentTypeCode, AppointmentTypeResponse, OfficeResponse, StaffResponse } from '@regflow/contracts';
import { keepsDiary } from '../auth/access';

/** Types in the order the service lists them (births first), whatever order the server sends. */
export function inServiceOrder<Type extends Pick<AppointmentTypeResponse, 'code'>>(types: readonly Type[]): Type[] {
  return [...types].sort((a, b) => APPOINTMENT_TYPE_CODES.indexOf(a.code) - APPOINTMENT_TYPE_CODES.indexOf(b.code));
}

/** "Cheltenham Register Office" for an office id; undefined for an office not (yet) known. */
export function officeNameOf(officeId: string, offices: readonly Pick<OfficeResponse, 'id' | 'name'>[]): string | undefined {
  const office = offices.find((candidate) => candidate.id === officeId);
  return office ? registerOfficeName(office.name) : undefined;
}

/** A type's name as the service calls it, or its code while the names are loading. */
export function typeNameOf(code: AppointmentTypeCode, types: readonly Pick<AppointmentTypeResponse, 'code' | 'name'>[]): string {
  return types.find((type) => type.code === code)?.name ?? code;
}

/** The staff whose diaries can be chosen: active registrars and superintendent registrars, by name. */
export function diaryKeepers(staff: readonly StaffResponse[]): StaffResponse[] {
  return staff.filter((member) => member.active && keepsDiary(member.roles)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
