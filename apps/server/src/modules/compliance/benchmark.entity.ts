import { Column, Entity, PrimaryColumn } from 'typeorm';

export const BENCHMARK_AREAS = ['region', 'england'] as const;
export type BenchmarkArea = (typeof BENCHMARK_AREAS)[number];

/** A regional or national figure for an indicator and period, as a manager enters it, to set the county's against. */
@Entity('compliance_benchmarks')
export class BenchmarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  indicator: string;

  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column({ type: 'varchar', length: 10 })
  area: BenchmarkArea;

  /** The percentage in tenths (60.9% is 609), so both engines store it exactly. */
  @Column({ name: 'value_tenths', type: 'integer' })
  valueTenths: number;
}
