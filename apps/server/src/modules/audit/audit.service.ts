import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ActorKind, AuditEntryEntity } from './audit-entry.entity';

export interface AuditEvent {
  readonly actorKind: ActorKind;
  readonly actorId?: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly changes: Record<string, unknown>;
  readonly at: Date;
}

/** Writes the audit trail inside the caller's unit of work, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.save(AuditEntryEntity, { id: randomUUID(), ...event, actorId: event.actorId ?? null });
  }
}
