import { ActorKind } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, jsonText } from '../../database/columns';

export type { ActorKind };

/** Who changed what, and when. `changes` holds field names and new values, never resident contact details. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 10 })
  actorKind: ActorKind;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 36 })
  entityId: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'text', transformer: jsonText })
  changes: Record<string, unknown>;

  @InstantColumn('at')
  at: Date;
}
