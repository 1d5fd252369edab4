import { OfficeClosureResponse } from '@regflow/contracts';

export type { OfficeClosureResponse };

export function toOfficeClosureResponse(closure: OfficeClosureResponse): OfficeClosureResponse {
  return { id: closure.id, officeId: closure.officeId, day: closure.day, reason: closure.reason };
}
