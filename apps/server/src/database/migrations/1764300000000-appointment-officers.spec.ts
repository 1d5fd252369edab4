import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { isUniquenessClash } from '../../common/errors/constraint-violation';
import { AppointmentOfficerEntity } from '../../modules/diaries/appointment-officer.entity';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { createDataSource } from '../data-source';
import { AppointmentOfficers1764300000000 } from './1764300000000-appointment-officers';

const TEN = new Date('2022-07-04T09:00:00Z');
const HALF_PAST_TEN = new Date('2022-07-04T09:30:00Z');
const ELEVEN = new Date('2022-07-04T10:00:00Z');

describe.each(testEngines())(`${AppointmentOfficers1764300000000.name} on %s`, (engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
    await dataSource.runMigrations();
    // Undo this migration and every later one: the database as it was just before it.
    const position = dataSource.migrations.findIndex((migration) => migration.name === AppointmentOfficers1764300000000.name);
    for (let undone = dataSource.migrations.length; undone > position; undone -= 1) await dataSource.undoLastMigration();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Writes a row with only the columns its table had before this migration (the entities have more now). */
  async function insertAsThen(table: string, row: Record<string, string | number | null>): Promise<void> {
    const columns = Object.keys(row);
    const places = columns.map((_, index) => (engine === 'postgres' ? `$${index + 1}` : '?')).join(', ');
    await dataSource.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${places})`, Object.values(row));
  }

  /** An instant as each engine's column takes it: SQLite's UTC text, PostgreSQL's timestamptz. */
  const instant = (at: Date) => (engine === 'postgres' ? at.toISOString() : at.toISOString().replace('T', ' ').replace('Z', ''));

  async function appointmentAsThen(sessionId: string, registrarId: string, startsAt: Date, endsAt: Date, status: string): Promise<string> {
    const requestId = randomUUID();
    const id = randomUUID();
    await insertAsThen('appointment_requests', { id: requestId, type_code: 'ceremony', channel: 'phone', requested_at: instant(TEN), service_day: '2022-07-01' });
    await insertAsThen('appointments', {
      id,
      request_id: requestId,
      session_id: sessionId,
      registrar_id: registrarId,
      office_id: null,
      mode: 'face-to-face',
      starts_at: instant(startsAt),
      ends_at: instant(endsAt),
      status,
      reference: `CER-${id.slice(0, 6).toUpperCase()}`,
      resident_name: 'Aled Jones',
      resident_email: 'aled@example.org',
      created_at: instant(TEN),
      updated_at: instant(TEN),
    });
    return id;
  }

  it("makes each existing appointment its registrar's officer row, busy unless cancelled", async () => {
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    const registrarId = randomUUID();
    await insertAsThen('staff_users', { id: registrarId, name: 'Rhian Registrar', email: 'rhian@example.org', password_hash: 'not-a-real-hash', roles: 'registrar', created_at: instant(TEN) });
    const officeId = randomUUID();
    await insertAsThen('offices', { id: officeId, name: 'Worcester', address: 'The Guildhall, High Street', opening_hours: '{"1":["09:00","17:00"]}', created_at: instant(TEN) });
    const session = await build.session(registrarId, officeId, '2022-07-04');
    const booked = await appointmentAsThen(session.id, registrarId, TEN, HALF_PAST_TEN, 'booked');
    const cancelled = await appointmentAsThen(session.id, registrarId, HALF_PAST_TEN, ELEVEN, 'cancelled');

    await dataSource.runMigrations();

    const officers = await dataSource.manager.find(AppointmentOfficerEntity, { order: { startsAt: 'ASC' } });
    expect(officers).toEqual([
      { appointmentId: booked, registrarId, role: 'registrar', startsAt: TEN, endsAt: HALF_PAST_TEN, active: true },
      { appointmentId: cancelled, registrarId, role: 'registrar', startsAt: HALF_PAST_TEN, endsAt: ELEVEN, active: false },
    ]);
  });

  async function twoAppointmentsOfOneOfficer(secondStartsAt: Date) {
    await dataSource.runMigrations();
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    const session = await build.session((await build.registrar()).id, (await build.office()).id, '2022-07-04');
    const first = await build.appointment(session, TEN, ELEVEN);
    const second = await build.appointment(session, secondStartsAt, ELEVEN);
    const officer = { registrarId: session.registrarId, role: 'registrar' as const, active: true };
    await dataSource.manager.insert(AppointmentOfficerEntity, { ...officer, appointmentId: first.id, startsAt: TEN, endsAt: ELEVEN });
    return {
      release: () => dataSource.manager.update(AppointmentOfficerEntity, { appointmentId: first.id }, { active: false }),
      claimSecond: () => dataSource.manager.insert(AppointmentOfficerEntity, { ...officer, appointmentId: second.id, startsAt: secondStartsAt, endsAt: ELEVEN }),
    };
  }

  const clashOf = (attempt: Promise<unknown>) => attempt.then(() => false, isUniquenessClash);

  it('refuses a second active row of one officer at the same start, and takes it once the first is released', async () => {
    const { release, claimSecond } = await twoAppointmentsOfOneOfficer(TEN);

    expect(await clashOf(claimSecond())).toBe(true);
    await release();
    expect(await clashOf(claimSecond())).toBe(false);
  });

  (engine === 'postgres' ? it : it.skip)('refuses an active row overlapping another of the same officer (the exclusion constraint)', async () => {
    const { release, claimSecond } = await twoAppointmentsOfOneOfficer(HALF_PAST_TEN);

    expect(await clashOf(claimSecond())).toBe(true);
    await release();
    expect(await clashOf(claimSecond())).toBe(false);
  });
});
