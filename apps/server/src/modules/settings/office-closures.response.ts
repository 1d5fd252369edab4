import { OfficeClosedDayEntity } from '../offices/office-closed-day.entity';

export interface OfficeClosureResponse {
  readonly id: string;
  readonly officeId: string;
  readonly day: string;
  readonly reason: string;
}

export function toOfficeClosureResponse(closure: OfficeClosedDayEntity): OfficeClosureResponse {
  return { id: closure.id, officeId: closure.officeId, day: closure.day, reason: closure.reason };
}
