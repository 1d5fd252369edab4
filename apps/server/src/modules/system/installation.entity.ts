import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** This installation's identity: one row, made at first start, that Redis is told under the queue prefix. */
@Entity('installations')
export class InstallationEntity {
  /** Always 1: the primary key keeps the table to one row, even when the API and a worker start together. */
  @PrimaryColumn({ type: 'integer' })
  singleton: number;

  @Column({ type: 'varchar', length: 36 })
  id: string;

  @InstantColumn('created_at')
  createdAt: Date;
}
