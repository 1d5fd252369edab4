import { EntityManager } from 'typeorm';

/**
 * Takes a registrar's diary lock (an upsert of their `diary_locks` row): changes to one diary
 * (bookings, blocks) then run one at a time until the holder commits (STACK.md trap 3).
 */
export async function lockDiary(manager: EntityManager, registrarId: string): Promise<void> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  await manager.query(
    `INSERT INTO "diary_locks" ("registrar_id", "version") VALUES (${postgres ? '$1' : '?'}, 1)
     ON CONFLICT ("registrar_id") DO UPDATE SET "version" = "diary_locks"."version" + 1`,
    [registrarId],
  );
}

/**
 * Takes several diaries' locks, always in registrar-id order: two units of work that need the same
 * diaries then queue on the first one instead of each holding one the other waits for (a deadlock).
 */
export async function lockDiaries(manager: EntityManager, registrarIds: readonly string[]): Promise<void> {
  for (const registrarId of [...new Set(registrarIds)].sort()) await lockDiary(manager, registrarId);
}
