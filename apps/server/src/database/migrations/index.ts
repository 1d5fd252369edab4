import { WriteLocks1763800000000 } from './1763800000000-write-locks';
import { Scheduling1763900000000 } from './1763900000000-scheduling';
import { Workflow1764000000000 } from './1764000000000-workflow';
import { Compliance1764100000000 } from './1764100000000-compliance';

/**
 * Migrations per engine, in order. Most serve both engines through `migrationColumns`; one whose
 * SQL cannot be shared gets a file per engine (`*.sqlite.ts`, `*.postgres.ts`).
 */
export const MIGRATIONS = {
  sqlite: [WriteLocks1763800000000, Scheduling1763900000000, Workflow1764000000000, Compliance1764100000000],
  postgres: [WriteLocks1763800000000, Scheduling1763900000000, Workflow1764000000000, Compliance1764100000000],
} as const;
