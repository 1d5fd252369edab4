import { WriteLocks1763800000000 } from './1763800000000-write-locks';

/**
 * Migrations per engine, in order. A migration whose SQL is the same on both engines is listed
 * in both; one whose types differ gets a file per engine (`*.sqlite.ts`, `*.postgres.ts`).
 */
export const MIGRATIONS = {
  sqlite: [WriteLocks1763800000000],
  postgres: [WriteLocks1763800000000],
} as const;
