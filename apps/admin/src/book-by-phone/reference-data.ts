import { APPOINTMENT_TYPE_CODES, registerOfficeName } from '@regflow/contracts';
import type { AppointmentTypeCode, AppointmentTypeResponse, OfficeResponse } from '@regflow/contracts';

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
