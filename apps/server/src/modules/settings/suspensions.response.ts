import { SuspensionResponse } from '@regflow/contracts';

export type { SuspensionResponse };

export function toSuspensionResponse(suspension: SuspensionResponse): SuspensionResponse {
  return { id: suspension.id, typeCode: suspension.typeCode, fromDay: suspension.fromDay, toDay: suspension.toDay, message: suspension.message };
}
