import { addWorkingDays, CivilDate, Closures, Instant, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';

export interface TargetClock {
  readonly typeCode: AppointmentTypeCode;
  readonly requestedAt: Instant;
  /** When the certificate of still-birth was in place; read for still-births only. */
  readonly paperworkReadyAt?: Instant | null;
}

export interface TargetDeadlineInput extends TargetClock {
  /** The target in force for the request: the type's `targetWorkingDays` when it was made. */
  readonly targetWorkingDays: number;
  /** Service-wide closures: they are not working days. */
  readonly closures?: Closures;
}

export interface OfferWithinTargetInput extends TargetDeadlineInput {
  readonly offeredStartsAt: Instant;
}

/** Day 0 of the target: the request's service day, or for a still-birth the later of it and the paperwork's. */
export function clockStartDay({ typeCode, requestedAt, paperworkReadyAt }: TargetClock): CivilDate {
  const requested = serviceDay(requestedAt);
  if (typeCode !== 'still-birth' || paperworkReadyAt === undefined || paperworkReadyAt === null) return requested;
  const paperworkReady = serviceDay(paperworkReadyAt);
  return paperworkReady > requested ? paperworkReady : requested;
}

/** The last service day on which a first offer is within target. */
export function targetDeadline(input: TargetDeadlineInput): CivilDate {
  return addWorkingDays(clockStartDay(input), input.targetWorkingDays, input.closures);
}

export function isOfferWithinTarget(input: OfferWithinTargetInput): boolean {
  return serviceDay(input.offeredStartsAt) <= targetDeadline(input);
}
