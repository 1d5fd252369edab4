import { EntityManager } from 'typeorm';
import { StaffUserEntity } from '../staff/staff-user.entity';

/**
 * Takes a registrar's diary lock (a row UPDATE): changes to one diary (bookings, blocks) then run one
 * at a time until the holder commits (STACK.md trap 3).
 */
export async function lockDiary(manager: EntityManager, registrarId: string): Promise<void> {
  await manager.increment(StaffUserEntity, { id: registrarId }, 'diaryVersion', 1);
}
