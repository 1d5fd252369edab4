import { OpeningHours } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, jsonText } from '../../database/columns';

/** Opening hours per ISO weekday (1 = Monday), `[opens, closes]` as `HH:mm`; absent = closed. */
export type { OpeningHours };

@Entity('offices')
export class OfficeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'text' })
  address: string;

  /** The public telephone number residents are told to call; null: the office has none of its own. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ name: 'opening_hours', type: 'text', transformer: jsonText })
  openingHours: OpeningHours;

  @InstantColumn('created_at')
  createdAt: Date;
}
