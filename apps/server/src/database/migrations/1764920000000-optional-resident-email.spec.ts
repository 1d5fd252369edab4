import { DataSource } from 'typeorm';
import { AppointmentOfficerEntity } from '../../modules/diaries/appointment-officer.entity';
import { DiarySessionEntity } from '../../modules/diaries/diary-session.entity';
import { AppointmentEntity } from '../../modules/scheduling/appointment.entity';
import { fieldsOfTheDay, schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { createDataSource } from '../data-source';
import { OptionalResidentEmail1764920000000 } from './1764920000000-optional-resident-email';

const TEN = new Date('2022-07-04T09:00:00Z');
const HALF_PAST_TEN = new Date('2022-07-04T09:30:00Z');
const ELEVEN = new Date('2022-07-04T10:00:00Z');

describe.each(testEngines())(`${OptionalResidentEmail1764920000000.name} on %s`, (engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let session: DiarySessionEntity;

  /** Undoes migrations, the last first, until this one is undone: the database as it was just before it. */
  async function undoThroughThis(): Promise<void> {
    const position = dataSource.migrations.findIndex((migration) => migration.name === OptionalResidentEmail1764920000000.name);
    const thisAndLater = new Set(dataSource.migrations.slice(position).map((migration) => migration.name));
    const applied = async () => ((await dataSource.query(`SELECT "name" FROM "migrations"`)) as { name: string }[]).map((row) => row.name);
    while ((await applied()).some((name) => thisAndLater.has(name))) await dataSource.undoLastMigration();
  }

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await undoThroughThis();
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    session = await build.session((await build.registrar()).id, (await build.office()).id, '2022-07-04');
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** A booked appointment holding its registrar's diary, as bookings leave them, in the columns the table has now. */
  async function heldAppointment(startsAt: Date, endsAt: Date, overrides: Partial<AppointmentEntity> = {}): Promise<AppointmentEntity> {
    const appointment = await schedulingBuilders(dataSource.manager).appointmentOfTheDay(session, startsAt, endsAt, overrides);
    await dataSource.manager.insert(AppointmentOfficerEntity, { appointmentId: appointment.id, registrarId: session.registrarId, role: 'registrar', startsAt, endsAt, active: true });
    return appointment;
  }

  /** The names of the table's constraints and indexes: a rebuild must keep every one. */
  async function namedConstraintsOfAppointments(): Promise<string[]> {
    if (engine === 'postgres') {
      const constraints: { name: string }[] = await dataSource.query(`SELECT conname AS "name" FROM pg_constraint WHERE conrelid = 'appointments'::regclass`);
      const indexes: { name: string }[] = await dataSource.query(`SELECT indexname AS "name" FROM pg_indexes WHERE tablename = 'appointments'`);
      return [...new Set([...constraints, ...indexes].map((row) => row.name))].sort();
    }
    const [{ sql }]: { sql: string }[] = await dataSource.query(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'appointments'`);
    const indexes: { name: string }[] = await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'appointments' AND sql IS NOT NULL`);
    return [...[...sql.matchAll(/CONSTRAINT "([^"]+)"/g)].map((match) => match[1]), ...indexes.map((row) => row.name)].sort();
  }

  const officers = () => dataSource.manager.find(AppointmentOfficerEntity, { order: { startsAt: 'ASC' } });

  it('keeps every appointment, its officers and the table’s named constraints, then takes an appointment without an email address', async () => {
    const earlier = await heldAppointment(TEN, HALF_PAST_TEN);
    const constraintsBefore = await namedConstraintsOfAppointments();
    const officersBefore = await officers();

    await dataSource.runMigrations();

    expect(await dataSource.manager.findOneByOrFail(AppointmentEntity, { id: earlier.id })).toMatchObject(earlier);
    expect(await officers()).toEqual(officersBefore);
    expect(await namedConstraintsOfAppointments()).toEqual(constraintsBefore);
    expect(constraintsBefore).toEqual(expect.arrayContaining(['uq_appointments_reference', 'uq_appointments_request', 'fk_appointments_request', 'ix_appointments_starts_at']));
    const textOnly = await heldAppointment(HALF_PAST_TEN, ELEVEN, { residentEmail: null, residentPhone: '07700 900123' });
    expect(await dataSource.manager.findOneByOrFail(AppointmentEntity, { id: textOnly.id })).toMatchObject({ residentEmail: null, residentPhone: '07700 900123' });
  });

  it('undoes to a required email, keeping every row, and refuses while an appointment has none', async () => {
    await dataSource.runMigrations();
    await heldAppointment(TEN, HALF_PAST_TEN);
    const textOnly = await heldAppointment(HALF_PAST_TEN, ELEVEN, { residentEmail: null, residentPhone: '07700 900123' });

    await expect(undoThroughThis()).rejects.toThrow(/cannot make appointments.resident_email required again: 1 appointment\(s\) have none/);

    await dataSource.manager.update(AppointmentEntity, { id: textOnly.id }, { residentEmail: 'gwen@example.org' });
    const appointments = async () =>
      dataSource.manager.find(AppointmentEntity, { select: await fieldsOfTheDay(dataSource.manager, AppointmentEntity), order: { startsAt: 'ASC' } });
    const appointmentsBefore = await appointments();
    const officersBefore = await officers();
    await undoThroughThis();

    // The schema before this migration lacks the fields later ones added: every field it has is as it was.
    expect(appointmentsBefore).toMatchObject(await appointments());
    expect(await officers()).toEqual(officersBefore);
    await expect(heldAppointment(ELEVEN, new Date('2022-07-04T10:30:00Z'), { residentEmail: null })).rejects.toThrow(/null|NOT NULL/i);
  });
});
