import { ServiceClosureEntity } from '../diaries/service-closure.entity';

export interface ClosureResponse {
  readonly id: string;
  readonly day: string;
  readonly reason: string;
}

export function toClosureResponse(closure: ServiceClosureEntity): ClosureResponse {
  return { id: closure.id, day: closure.day, reason: closure.reason };
}
