import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** A manager's target and amber tolerance for an indicator, replacing DOMAIN.md's default. */
@Entity('compliance_targets')
export class ComplianceTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  indicator: string;

  /** Percentages in tenths (95% is 950), so both engines keep them exactly. */
  @Column({ name: 'target_tenths', type: 'integer' })
  targetTenths: number;

  @Column({ name: 'amber_from_tenths', type: 'integer' })
  amberFromTenths: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @InstantColumn('updated_at')
  updatedAt: Date;
}
