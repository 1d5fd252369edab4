import { ClosureResponse } from '@regflow/contracts';

export type { ClosureResponse };

export function toClosureResponse(closure: ClosureResponse): ClosureResponse {
  return { id: closure.id, day: closure.day, reason: closure.reason };
}
