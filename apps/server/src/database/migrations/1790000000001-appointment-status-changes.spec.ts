import { DataSource } from 'typeorm';
import { AppointmentOfficerEntity } from '../../modules/diaries/appointment-officer.entity';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { createDataSource } from '../data-source';
import { AppointmentStatusChanges1790000000001 } from './1790000000001-appointment-status-changes';

const TEN = new Date('2022-07-04T09:00:00Z');
const HALF_PAST_TEN = new Date('2022-07-04T09:30:00Z');
const COLUMNS = ['previous_status', 'status_changed_at', 'status_undone_at'];

describe.each(testEngines())(`${AppointmentStatusChanges1790000000001.name} on %s`, (engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  /** Undoes migrations, the last first, until this one is undone. */
  async function undoThroughThis(): Promise<void> {
    const position = dataSource.migrations.findIndex((migration) => migration.name === AppointmentStatusChanges1790000000001.name);
    const thisAndLater = new Set(dataSource.migrations.slice(position).map((migration) => migration.name));
    const applied = async () => ((await dataSource.query(`SELECT "name" FROM "migrations"`)) as { name: string }[]).map((row) => row.name);
    while ((await applied()).some((name) => thisAndLater.has(name))) await dataSource.undoLastMigration();
  }

  async function columnsOfAppointments(): Promise<string[]> {
    const rows: { name: string }[] =
      engine === 'postgres'
        ? await dataSource.query(`SELECT column_name AS "name" FROM information_schema.columns WHERE table_name = 'appointments'`)
        : await dataSource.query(`SELECT name FROM pragma_table_info('appointments')`);
    return rows.map((row) => row.name);
  }

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('adds the status history to appointments and takes it away again, keeping every appointment’s officers', async () => {
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    const session = await build.session((await build.registrar()).id, (await build.office()).id, '2022-07-04');
    const appointment = await build.appointment(session, TEN, HALF_PAST_TEN, { status: 'attended', previousStatus: 'booked', statusChangedAt: TEN });
    await dataSource.manager.insert(AppointmentOfficerEntity, { appointmentId: appointment.id, registrarId: session.registrarId, role: 'registrar', startsAt: TEN, endsAt: HALF_PAST_TEN, active: true });
    const officers = () => dataSource.manager.find(AppointmentOfficerEntity);
    const officersBefore = await officers();
    expect(officersBefore).toHaveLength(1);

    await undoThroughThis();
    expect((await columnsOfAppointments()).filter((name) => COLUMNS.includes(name))).toEqual([]);
    expect(await officers()).toEqual(officersBefore);

    await dataSource.runMigrations();
    expect(await columnsOfAppointments()).toEqual(expect.arrayContaining(COLUMNS));
    expect(await officers()).toEqual(officersBefore);
    const [row]: { previous_status: string | null }[] = await dataSource.query(`SELECT "previous_status" FROM "appointments"`);
    expect(row.previous_status).toBeNull();
  });
});
