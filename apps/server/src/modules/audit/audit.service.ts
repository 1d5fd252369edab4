import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Between, EntityManager, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { ListQuery } from '../../common/pagination/list-query';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { StaffPrincipal } from '../auth/staff-principal';
import { ActorKind, AuditEntryEntity } from './audit-entry.entity';
import { auditErrors } from './audit.errors';

export interface AuditEvent {
  readonly actorKind: ActorKind;
  readonly actorId?: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly changes: Record<string, unknown>;
  readonly at: Date;
}

/** The audit entry for a change a member of staff made. */
export function staffChange(actor: StaffPrincipal, entity: string, entityId: string, action: 'created' | 'updated' | 'deleted', changes: Record<string, unknown>, at: Date): AuditEvent {
  return { actorKind: 'staff', actorId: actor.id, entity, entityId, action, changes, at };
}

export const AUDIT_SORT_FIELDS = ['at', 'entity', 'action', 'id'] as const;
export const AUDIT_FILTERS = ['id', 'entity', 'entityId', 'actorId', 'actorKind', 'action', 'at_gte', 'at_lte'] as const;
type AuditSort = (typeof AUDIT_SORT_FIELDS)[number];

/** The audit trail: written inside the caller's unit of work, so a change and its record commit together; read by managers. */
@Injectable()
export class AuditService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.save(AuditEntryEntity, { id: randomUUID(), ...event, actorId: event.actorId ?? null });
  }

  list(query: ListQuery<AuditSort>): Promise<[AuditEntryEntity[], number]> {
    const text = (name: string) => (typeof query.filter[name] === 'string' ? (query.filter[name] as string) : undefined);
    const where = presentConditions<AuditEntryEntity>({
      id: idsFilter(query.filter.id),
      entity: text('entity'),
      entityId: text('entityId'),
      actorId: text('actorId'),
      actorKind: text('actorKind') as ActorKind | undefined,
      action: text('action'),
      at: instantRange(text('at_gte'), text('at_lte')),
    });
    return this.unitOfWork.read((manager) => findPage(manager, AuditEntryEntity, where, query));
  }

  get(id: string): Promise<AuditEntryEntity> {
    return this.unitOfWork.read((manager) => findExisting(manager, AuditEntryEntity, { id }, () => auditErrors.entryNotFound(id)));
  }
}

function instantRange(from: string | undefined, to: string | undefined) {
  const instant = (name: string, text: string) => {
    const value = new Date(text);
    if (Number.isNaN(value.getTime())) throw auditErrors.notAnInstant(name);
    return value;
  };
  if (from && to) return Between(instant('at_gte', from), instant('at_lte', to));
  if (from) return MoreThanOrEqual(instant('at_gte', from));
  if (to) return LessThanOrEqual(instant('at_lte', to));
  return undefined;
}
