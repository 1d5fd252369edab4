import { AppointmentTypeCode } from '@regflow/contracts';
import { BookingSuspensionEntity } from '../scheduling/booking-suspension.entity';

export interface SuspensionResponse {
  readonly id: string;
  readonly typeCode: AppointmentTypeCode;
  readonly fromDay: string;
  readonly toDay: string;
  readonly message: string;
}

export function toSuspensionResponse(suspension: BookingSuspensionEntity): SuspensionResponse {
  return { id: suspension.id, typeCode: suspension.typeCode, fromDay: suspension.fromDay, toDay: suspension.toDay, message: suspension.message };
}
