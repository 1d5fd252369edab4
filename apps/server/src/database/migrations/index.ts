import { WriteLocks1763800000000 } from './1763800000000-write-locks';
import { Scheduling1763900000000 } from './1763900000000-scheduling';

/**
 * Migrations per engine, in order. Most serve both engines through `migrationColumns`; one whose
 * SQL cannot be shared gets a file per engine (`*.sqlite.ts`, `*.postgres.ts`).
 */
export const MIGRATIONS = {
  sqlite: [WriteLocks1763800000000, Scheduling1763900000000],
  postgres: [WriteLocks1763800000000, Scheduling1763900000000],
} as const;
