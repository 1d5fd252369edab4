/** The row in `write_locks` each SQLite write transaction bumps first (migration WriteLocks). */
export const WRITE_LOCK_NAME = 'database';
