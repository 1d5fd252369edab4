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

  it("makes each existing appointment its registrar's officer row, busy unless cancelled", async () => {
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    const session = await build.session((await build.registrar()).id, (await build.office()).id, '2022-07-04');
    const booked = await build.appointment(session, TEN, HALF_PAST_TEN);
    const cancelled = await build.appointment(session, HALF_PAST_TEN, ELEVEN, { status: 'cancelled' });

    await dataSource.runMigrations();

    const officers = await dataSource.manager.find(AppointmentOfficerEntity, { order: { startsAt: 'ASC' } });
    expect(officers).toEqual([
      { appointmentId: booked.id, registrarId: session.registrarId, role: 'registrar', startsAt: TEN, endsAt: HALF_PAST_TEN, active: true },
      { appointmentId: cancelled.id, registrarId: session.registrarId, role: 'registrar', startsAt: HALF_PAST_TEN, endsAt: ELEVEN, active: false },
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
