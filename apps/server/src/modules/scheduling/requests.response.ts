import { AppointmentTypeCode } from '@regflow/contracts';
import { RequestChannel } from './appointment-request.entity';

export interface RequestResponse {
  readonly id: string;
  readonly typeCode: AppointmentTypeCode;
  readonly channel: RequestChannel;
  readonly requestedAt: string;
  readonly serviceDay: string;
  readonly paperworkReadyAt: string | null;
  readonly eventDate: string | null;
  readonly coronerReferral: boolean;
  readonly babies: number;
  /** The earliest slot offered service-wide when the request was made: what the indicators score. */
  readonly firstOfferStartsAt: string | null;
  readonly firstOfferAtOfficeStartsAt: string | null;
  /** The last day a first offer is within target. */
  readonly deadline: string;
  /** False also when nothing was offered. */
  readonly offeredWithinTarget: boolean;
  readonly appointmentId: string | null;
  readonly reference: string | null;
}
