import { WriteLocks1763800000000 } from './1763800000000-write-locks';
import { Scheduling1763900000000 } from './1763900000000-scheduling';
import { Workflow1764000000000 } from './1764000000000-workflow';
import { Compliance1764100000000 } from './1764100000000-compliance';
import { RequestTargets1764200000000 } from './1764200000000-request-targets';
import { AppointmentOfficers1764300000000 } from './1764300000000-appointment-officers';
import { DiaryLocks1764400000000 } from './1764400000000-diary-locks';
import { TellUsOnce1764500000000 } from './1764500000000-tell-us-once';
import { IdempotencyBody1764600000000 } from './1764600000000-idempotency-body';
import { SessionVersions1764800000000 } from './1764800000000-session-versions';
import { Installations1764700000000 } from './1764700000000-installations';
import { OfficePhones1764910000000 } from './1764910000000-office-phones';
import { OptionalResidentEmail1764920000000 } from './1764920000000-optional-resident-email';
import { SatisfactionAnswers1764930000000 } from './1764930000000-satisfaction-answers';
import { AppointmentStatusChanges1790000000001 } from './1790000000001-appointment-status-changes';
import { MessageResends1790000000002 } from './1790000000002-message-resends';

/**
 * Migrations per engine, in order. Most serve both engines through `migrationColumns`; one whose
 * SQL cannot be shared gets a file per engine (`*.sqlite.ts`, `*.postgres.ts`).
 */
export const MIGRATIONS = {
  sqlite: [WriteLocks1763800000000, Scheduling1763900000000, Workflow1764000000000, Compliance1764100000000, RequestTargets1764200000000, AppointmentOfficers1764300000000, DiaryLocks1764400000000, TellUsOnce1764500000000, IdempotencyBody1764600000000, Installations1764700000000, SessionVersions1764800000000, OfficePhones1764910000000, OptionalResidentEmail1764920000000, SatisfactionAnswers1764930000000, AppointmentStatusChanges1790000000001, MessageResends1790000000002],
  postgres: [WriteLocks1763800000000, Scheduling1763900000000, Workflow1764000000000, Compliance1764100000000, RequestTargets1764200000000, AppointmentOfficers1764300000000, DiaryLocks1764400000000, TellUsOnce1764500000000, IdempotencyBody1764600000000, Installations1764700000000, SessionVersions1764800000000, OfficePhones1764910000000, OptionalResidentEmail1764920000000, SatisfactionAnswers1764930000000, AppointmentStatusChanges1790000000001, MessageResends1790000000002],
} as const;
