import { addDays, isBankHoliday, serviceDay } from '@regflow/calendar';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../common/security/password-hasher';
import { createDataSource } from '../../database/data-source';
import { DEMO_NOW, mulberry32, seededDemo } from '../../testing/seeded-demo';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { DiarySessionEntity } from '../diaries/diary-session.entity';
import { AppointmentRequestEntity } from '../scheduling/appointment-request.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { OfficeEntity } from '../settings/office.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { BenchmarkEntity } from '../compliance/benchmark.entity';
import { SurveyResultEntity } from '../compliance/survey-result.entity';
import { loadDemoData } from './demo-data';
import { ALREADY_SEEDED, DemoSeeder, DIARY_WEEKS, SeedCompleted } from './demo-seeder';

/** Monday of the 2022 jubilee week, when the shared demo is seeded. */
const NOW = DEMO_NOW;
const TODAY = serviceDay(NOW);
const SEEDED_TABLES = ['appointments', 'appointment_requests', 'diary_sessions', 'session_templates', 'staff_offices', 'staff_users', 'offices', 'appointment_types'];
const MINUTE = 60_000;

async function openMigrated(database: TestDatabase): Promise<DataSource> {
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of SEEDED_TABLES) {
    const [row]: { count: number | string }[] = await dataSource.query(`SELECT COUNT(*) AS "count" FROM "${table}"`);
    counts[table] = Number(row.count);
  }
  return counts;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe.each(testEngines())(`${DemoSeeder.name} on %s`, (engine, createDatabase) => {
  const data = loadDemoData();
  const hasher = new PasswordHasher();
  let database: TestDatabase;
  let dataSource: DataSource;
  let report: SeedCompleted;

  // The demo is seeded once per engine for the whole run (other specs copy it too); these tests read a copy.
  beforeAll(async () => {
    ({ database, report } = await seededDemo(engine, createDatabase));
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('reports what it inserted, and the database holds exactly that', async () => {
    const jubileeSessions = data.rota.filter((session) => session.weekday === 4 || session.weekday === 5).length;
    expect(report).toMatchObject({
      offices: data.offices.length,
      staff: data.staff.length,
      templates: data.rota.length,
      sessions: DIARY_WEEKS * data.rota.length - jubileeSessions,
    });
    expect(report.offices).toBe(6);
    expect(report.staff).toBe(20);
    expect(report.appointments).toBeGreaterThan(0);
    expect(await rowCounts(dataSource)).toEqual({
      appointments: report.appointments,
      appointment_requests: report.appointments,
      diary_sessions: report.sessions,
      session_templates: report.templates,
      staff_offices: data.staff.reduce((total, member) => total + member.offices.length, 0),
      staff_users: report.staff,
      offices: report.offices,
      appointment_types: 6,
    });
  });

  it('stores each office with the postal address and telephone number residents are given', async () => {
    const stored = await dataSource.manager.find(OfficeEntity, { select: { name: true, address: true, phone: true } });
    const contact = ({ name, address, phone }: { name: string; address: string; phone?: string | null }) => ({ name, address, phone });

    expect(stored.map(contact)).toEqual(expect.arrayContaining(data.offices.map(contact)));
    expect(stored.find((office) => office.name === 'Redditch')).toMatchObject({ address: 'Town Hall, Walter Stranz Square, Redditch B98 8AH', phone: '01527 534123' });
  });

  it('loads DOMAIN.md’s regional and national figures and the November 2019 survey', async () => {
    const benchmarks = await dataSource.manager.find(BenchmarkEntity, { where: { indicator: 'deaths-registered-5d' }, order: { period: 'ASC', area: 'ASC' } });
    expect(benchmarks.map(({ period, area, valueTenths }) => [period, area, valueTenths / 10])).toEqual([
      ['2021-12', 'england', 60.1],
      ['2021-12', 'region', 60.9],
      ['2021/22', 'england', 59.5],
      ['2021/22', 'region', 66],
    ]);
    expect(await dataSource.manager.findOneBy(SurveyResultEntity, { period: '2019-11' })).toMatchObject({ veryGood: 93, good: 7, total: 100 });
  });

  it('gives every staff member a different password that verifies against the stored hash', async () => {
    const staff = await dataSource.manager.find(StaffUserEntity);
    expect(report.credentials.map((credential) => credential.email).sort()).toEqual(staff.map((member) => member.email).sort());
    expect(new Set(report.credentials.map((credential) => credential.password)).size).toBe(report.credentials.length);
    for (const credential of report.credentials) {
      const stored = staff.find((member) => member.email === credential.email);
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await hasher.matches(stored?.passwordHash ?? '', credential.password)).toBe(true);
      expect(await hasher.matches(stored?.passwordHash ?? '', `${credential.password}x`)).toBe(false);
    }
  });

  it('never books a registrar into two appointments at once', async () => {
    const appointments = await dataSource.manager.find(AppointmentEntity, { order: { registrarId: 'ASC', startsAt: 'ASC' } });
    const overlapping = appointments.filter((appointment, index) => {
      const previous = appointments[index - 1];
      return previous?.registrarId === appointment.registrarId && appointment.startsAt < previous.endsAt;
    });
    expect(appointments.every((appointment) => appointment.status === 'booked')).toBe(true);
    expect(overlapping).toEqual([]);
  });

  it('opens eight weeks of sessions from today, none on a bank holiday', async () => {
    const days = (await dataSource.manager.find(DiarySessionEntity)).map((session) => session.day);
    expect(days.filter(isBankHoliday)).toEqual([]);
    expect(days).not.toContain('2022-06-02');
    expect(days).not.toContain('2022-06-03');
    expect(days.every((day) => day >= TODAY && day < addDays(TODAY, DIARY_WEEKS * 7))).toBe(true);
  });

  it('books each appointment inside its session, for a type the session accepts, no sooner than the first offer', async () => {
    const sessions = new Map((await dataSource.manager.find(DiarySessionEntity)).map((session) => [session.id, session]));
    const requests = new Map((await dataSource.manager.find(AppointmentRequestEntity)).map((request) => [request.id, request]));
    const misplaced = (await dataSource.manager.find(AppointmentEntity)).filter((appointment) => {
      const session = sessions.get(appointment.sessionId);
      const request = requests.get(appointment.requestId);
      return (
        !session ||
        !request ||
        serviceDay(appointment.startsAt) !== session.day ||
        !session.acceptedTypes.includes(request.typeCode) ||
        appointment.officeId !== session.officeId ||
        appointment.startsAt.getTime() < NOW.getTime() ||
        request.requestedAt.getTime() > NOW.getTime() ||
        !request.firstOfferStartsAt ||
        request.firstOfferStartsAt > appointment.startsAt ||
        !request.firstOfferAtOfficeStartsAt ||
        request.firstOfferAtOfficeStartsAt > appointment.startsAt
      );
    });
    expect(misplaced).toEqual([]);
  });

  it('books deaths and still-births within the week, and births within 42 days of the birth', async () => {
    const requests = new Map((await dataSource.manager.find(AppointmentRequestEntity)).map((request) => [request.id, request]));
    const late = (await dataSource.manager.find(AppointmentEntity)).filter((appointment) => {
      const request = requests.get(appointment.requestId);
      const day = serviceDay(appointment.startsAt);
      if (request?.typeCode === 'death' || request?.typeCode === 'still-birth') return day >= addDays(TODAY, 7);
      return request?.typeCode === 'birth' && (request.eventDate === null || day > addDays(request.eventDate, 42));
    });
    expect(late).toEqual([]);
  });

  it('takes referred notices only at Evesham and Redditch, and by telephone only deaths', async () => {
    const offices = new Map((await dataSource.query(`SELECT "id", "name" FROM "offices"`) as { id: string; name: string }[]).map((office) => [office.id, office.name]));
    const sessions = await dataSource.manager.find(DiarySessionEntity);
    const referredAt = new Set(sessions.filter((session) => session.acceptedTypes.includes('notice-referred')).map((session) => offices.get(session.officeId ?? '')));
    expect([...referredAt].sort()).toEqual(['Evesham', 'Redditch']);
    const telephone = sessions.filter((session) => session.officeId === null);
    expect(telephone.length).toBeGreaterThan(0);
    expect(telephone.every((session) => session.acceptedTypes.join() === 'death')).toBe(true);
  });

  it('books about half of the next fortnight and a lighter share after it', async () => {
    const sessions = await dataSource.manager.find(DiarySessionEntity);
    const appointments = await dataSource.manager.find(AppointmentEntity);
    const fortnightEnds = addDays(TODAY, 14);
    const bookedShare = (inPeriod: (day: string) => boolean) => {
      const open = sessions.filter((session) => inPeriod(session.day)).reduce((total, session) => total + minutesOf(session.endTime) - minutesOf(session.startTime), 0);
      const booked = appointments
        .filter((appointment) => inPeriod(serviceDay(appointment.startsAt)))
        .reduce((total, appointment) => total + (appointment.endsAt.getTime() - appointment.startsAt.getTime()) / MINUTE, 0);
      return booked / open;
    };
    expect(bookedShare((day) => day < fortnightEnds)).toBeGreaterThan(0.35);
    expect(bookedShare((day) => day < fortnightEnds)).toBeLessThan(0.6);
    expect(bookedShare((day) => day >= fortnightEnds)).toBeGreaterThan(0.08);
    expect(bookedShare((day) => day >= fortnightEnds)).toBeLessThan(0.25);
  });

  it('skips a second seed and changes nothing', async () => {
    const before = await rowCounts(dataSource);
    expect(await new DemoSeeder(dataSource, hasher, NOW, mulberry32(7)).seed()).toEqual({ skipped: ALREADY_SEEDED });
    expect(await rowCounts(dataSource)).toEqual(before);
  });

  it('is one transaction: a failure partway leaves no rows behind', async () => {
    const empty = await createDatabase();
    const emptySource = await openMigrated(empty);
    try {
      const draws = mulberry32(2022);
      let count = 0;
      // 20 passwords take 80 draws; by the 300th the offices, staff and diary are written and bookings are being drawn.
      const failing = () => {
        count += 1;
        if (count > 300) throw new Error('the random source failed');
        return draws();
      };
      await expect(new DemoSeeder(emptySource, hasher, NOW, failing).seed()).rejects.toThrow('the random source failed');
      expect(Object.values(await rowCounts(emptySource)).every((rows) => rows === 0)).toBe(true);
    } finally {
      await emptySource.destroy();
      await empty.drop();
    }
  });
});
