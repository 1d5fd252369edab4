import { AuditEntryResponse } from '@regflow/contracts';
import { AuditEntryEntity } from './audit-entry.entity';

export type { AuditEntryResponse };

export function toAuditEntryResponse(entry: AuditEntryEntity): AuditEntryResponse {
  const { id, actorKind, actorId, entity, entityId, action, changes, at } = entry;
  return { id, actorKind, actorId, entity, entityId, action, changes, at: at.toISOString() };
}
