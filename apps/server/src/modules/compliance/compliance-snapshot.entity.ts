import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn, InstantColumn, jsonText } from '../../database/columns';

/** The month-to-date scorecard as it stood one night: what the figures were before late registrations changed them. */
@Entity('compliance_snapshots')
export class ComplianceSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @CivilDateColumn('day')
  day: string;

  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column({ type: 'text', transformer: jsonText })
  figures: Record<string, unknown>;

  @InstantColumn('taken_at')
  takenAt: Date;
}
