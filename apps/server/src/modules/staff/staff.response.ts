import { StaffRole, StaffUserEntity } from './staff-user.entity';

/** A member of staff as other staff see them: never the password hash. */
export interface StaffResponse {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: StaffRole[];
  readonly active: boolean;
  readonly officeIds: string[];
}

export function toStaffResponse(staff: StaffUserEntity): StaffResponse {
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    roles: staff.roles,
    active: staff.active,
    officeIds: (staff.offices ?? []).map((office) => office.id),
  };
}
