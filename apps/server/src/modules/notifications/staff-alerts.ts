import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { StaffAlertEntity } from './staff-alert.entity';

export interface AlertCause {
  /** One alert per key, however often the cause is seen. */
  readonly key: string;
  readonly kind: string;
  readonly summary: string;
  readonly appointmentId: string | null;
}

/** Raises an alert once: a second raise of the same key is ignored (`ON CONFLICT DO NOTHING` / `INSERT OR IGNORE`). */
export async function raiseAlert(manager: EntityManager, cause: AlertCause, at: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(StaffAlertEntity)
    .values({ id: randomUUID(), ...cause, summary: cause.summary.slice(0, 300), raisedAt: at, resolvedAt: null, resolvedBy: null })
    .orIgnore()
    .execute();
}
