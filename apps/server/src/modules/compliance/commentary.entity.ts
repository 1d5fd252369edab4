import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** What a manager writes beside an indicator's figures for a period, in the scorecard's three text columns. */
@Entity('compliance_commentary')
export class CommentaryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** `2021-12`, `2021-Q3` or `2021/22`. */
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column({ type: 'varchar', length: 40 })
  indicator: string;

  @Column({ name: 'performance_details', type: 'text', nullable: true })
  performanceDetails: string | null;

  @Column({ name: 'current_activity', type: 'text', nullable: true })
  currentActivity: string | null;

  @Column({ name: 'future_activity', type: 'text', nullable: true })
  futureActivity: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy: string;

  @InstantColumn('updated_at')
  updatedAt: Date;
}
