import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** A customer survey's results for a period, as a manager enters them: the customer-satisfaction indicator. */
@Entity('compliance_surveys')
export class SurveyResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column({ name: 'very_good', type: 'integer' })
  veryGood: number;

  @Column({ type: 'integer' })
  good: number;

  @Column({ type: 'integer' })
  total: number;

  @Column({ name: 'entered_by', type: 'varchar', length: 36 })
  enteredBy: string;

  @InstantColumn('entered_at')
  enteredAt: Date;
}
