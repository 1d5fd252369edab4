import { ActorKind, AuditEntryEntity } from './audit-entry.entity';

export interface AuditEntryResponse {
  readonly id: string;
  readonly actorKind: ActorKind;
  readonly actorId: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly changes: Record<string, unknown>;
  readonly at: string;
}

export function toAuditEntryResponse(entry: AuditEntryEntity): AuditEntryResponse {
  const { id, actorKind, actorId, entity, entityId, action, changes, at } = entry;
  return { id, actorKind, actorId, entity, entityId, action, changes, at: at.toISOString() };
}
