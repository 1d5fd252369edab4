import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation and exclusion_violation. */
const POSTGRES_CLASHES = ['23505', '23P01'];

/**
 * Whether a write failed because another writer got there first: a unique index or (PostgreSQL)
 * an exclusion constraint refused it. Other constraint failures are not clashes.
 */
export function isUniquenessClash(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; message?: unknown };
  if (typeof driverError.code === 'string' && POSTGRES_CLASHES.includes(driverError.code)) return true;
  return driverError.code === 'SQLITE_CONSTRAINT' && String(driverError.message).includes('UNIQUE constraint failed');
}
