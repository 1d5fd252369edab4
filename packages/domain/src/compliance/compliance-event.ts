import { CivilDate, Instant } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';

/** One fact the scorecard counts: a request for an appointment, a death registration, a ceremony. Absent means unknown. */
export interface ComplianceEvent {
  readonly id: string;
  readonly type: AppointmentTypeCode;
  readonly requestedAt?: Instant | null;
  /** When the certificate of still-birth was in place. */
  readonly paperworkReadyAt?: Instant | null;
  /** The target in force when the request was made; DOMAIN.md's default for the type when absent. */
  readonly targetWorkingDays?: number | null;
  /** The deadline recorded with the request: scored as it is, so later closures never rescore history. */
  readonly targetDeadline?: CivilDate | null;
  /** The earliest slot offered when the request was made; without it, `appointmentAt` stands in. */
  readonly firstOfferAt?: Instant | null;
  readonly appointmentAt?: Instant | null;
  /** The date of the death (or birth) itself. */
  readonly eventDate?: CivilDate | null;
  readonly registeredAt?: Instant | null;
  readonly coronerReferred?: boolean;
}

/** A customer survey as managers enter it: how many answered, and how many rated the service very good or good. */
export interface SurveyResult {
  readonly veryGood: number;
  readonly good: number;
  readonly total: number;
}
