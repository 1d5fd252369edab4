import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { migrationColumns } from '../migration-columns';

export class Compliance1764100000000 implements MigrationInterface {
  name = 'Compliance1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    const create = (table: Table) => queryRunner.createTable(table, false, true, true);
    await create(
      new Table({
        name: 'compliance_commentary',
        columns: [
          c.id(),
          c.text('period', 10),
          c.text('indicator', 40),
          c.longText('performance_details', true),
          c.longText('current_activity', true),
          c.longText('future_activity', true),
          c.ref('updated_by'),
          c.instant('updated_at'),
        ],
        uniques: [{ name: 'uq_compliance_commentary_period_indicator', columnNames: ['period', 'indicator'] }],
      }),
    );
    await create(
      new Table({
        name: 'compliance_snapshots',
        columns: [c.id(), c.civilDate('day'), c.text('period', 10), c.longText('figures'), c.instant('taken_at')],
        uniques: [{ name: 'uq_compliance_snapshots_day_period', columnNames: ['day', 'period'] }],
      }),
    );
    await create(
      new Table({
        name: 'historical_events',
        columns: [
          c.id(),
          c.text('source_id', 100),
          c.text('type', 20),
          c.civilDate('service_day'),
          c.instant('requested_at', true),
          c.instant('paperwork_ready_at', true),
          c.instant('first_offer_at', true),
          c.instant('appointment_at', true),
          c.civilDate('event_date', true),
          c.instant('registered_at', true),
          c.flag('coroner_referred', false),
          c.civilDate('requested_day', true),
          c.civilDate('paperwork_day', true),
          c.civilDate('offered_day', true),
          c.civilDate('appointment_day', true),
          c.civilDate('registered_day', true),
        ],
        uniques: [{ name: 'uq_historical_events_source', columnNames: ['source_id'] }],
        indices: [new TableIndex({ name: 'ix_historical_events_day', columnNames: ['service_day', 'id'] })],
      }),
    );
    await create(
      new Table({
        name: 'compliance_surveys',
        columns: [c.id(), c.text('period', 10), c.integer('very_good'), c.integer('good'), c.integer('total'), c.ref('entered_by'), c.instant('entered_at')],
        uniques: [{ name: 'uq_compliance_surveys_period', columnNames: ['period'] }],
      }),
    );
    await create(
      new Table({
        name: 'compliance_benchmarks',
        columns: [c.id(), c.text('indicator', 40), c.text('period', 10), c.text('area', 10), c.integer('value_tenths')],
        uniques: [{ name: 'uq_compliance_benchmarks_indicator_period_area', columnNames: ['indicator', 'period', 'area'] }],
      }),
    );
    await create(
      new Table({
        name: 'compliance_targets',
        columns: [
          { name: 'indicator', type: 'varchar', length: '40', isPrimary: true },
          c.integer('target_tenths'),
          c.integer('amber_from_tenths'),
          c.ref('updated_by'),
          c.instant('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['compliance_targets', 'compliance_benchmarks', 'compliance_surveys', 'historical_events', 'compliance_snapshots', 'compliance_commentary']) await queryRunner.dropTable(table, true, true, true);
  }
}
