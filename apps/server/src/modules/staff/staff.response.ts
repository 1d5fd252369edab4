import { StaffResponse } from '@regflow/contracts';
import { StaffRecord } from './staff.service';

export type { StaffResponse };

export function toStaffResponse(staff: StaffRecord): StaffResponse {
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    roles: staff.roles,
    active: staff.active,
    officeIds: [...staff.officeIds],
  };
}
