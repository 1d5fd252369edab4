import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

interface IndicatorRow {
  readonly code: string;
  readonly numerator: number;
  readonly denominator: number | null;
}

describe.each(testEngines())("a manager's change of an appointment type on %s", (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let manager: string;
  let birthSessionId: string;

  const http = () => request(running.app.getHttpServer());
  const book = (startsAt: string) =>
    http().post('/api/public/bookings').send({ slotId: `${birthSessionId}~${startsAt}`, type: 'birth', resident }).expect(201);
  /** The requests, the one held to the longer target first (the fixed clock makes them all at one instant). */
  const requests = async () =>
    ((await http().get('/api/requests').set('Cookie', manager).expect(200)).body as { targetWorkingDays: number; deadline: string; offeredWithinTarget: boolean }[]).sort(
      (a, b) => b.targetWorkingDays - a.targetWorkingDays,
    );
  const births = async () => {
    const card = (await http().get('/api/compliance/scorecard?period=2022-07').set('Cookie', manager).expect(200)).body as { indicators: IndicatorRow[] };
    return card.indicators.find((indicator) => indicator.code === 'birth-appointments-5wd');
  };
  const changeType = async (code: string, change: Record<string, unknown>) => {
    const type = (await http().get(`/api/appointment-types/${code}`).set('Cookie', manager).expect(200)).body as Record<string, unknown>;
    await http().put(`/api/appointment-types/${code}`).set('Cookie', manager).send({ ...type, ...change }).expect(200);
  };
  const changeBirth = (change: Record<string, unknown>) => changeType('birth', change);

  let telephoneSessionId: string;
  let deathSessionId: string;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const diary = await staffMember(running.app, ['registrar']);
    // The first free birth slot is on Thursday 7 July: day 4 of a 5-day target, past a 3-day one.
    birthSessionId = (await build.session(diary.id, office.id, '2022-07-07', { acceptedTypes: ['birth'] })).id;
    telephoneSessionId = (await build.session(diary.id, null, '2022-07-08', { acceptedTypes: ['birth'] })).id;
    deathSessionId = (await build.session(diary.id, office.id, '2022-07-05', { acceptedTypes: ['death'] })).id;
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('holds a new request to a target a manager changes, and leaves earlier requests and their scores as they were', async () => {
    await book('20220707T0800Z');
    expect(await requests()).toMatchObject([{ targetWorkingDays: 5, deadline: '2022-07-08', offeredWithinTarget: true }]);
    expect(await births()).toMatchObject({ numerator: 1, denominator: 1 });

    await changeBirth({ targetWorkingDays: 3 });
    await book('20220707T0830Z');

    expect(await requests()).toMatchObject([
      { targetWorkingDays: 5, deadline: '2022-07-08', offeredWithinTarget: true },
      { targetWorkingDays: 3, deadline: '2022-07-06', offeredWithinTarget: false },
    ]);
    expect(await births()).toMatchObject({ numerator: 1, denominator: 2 });
    const publicTypes = (await http().get('/api/public/appointment-types').expect(200)).body as { code: string; targetWorkingDays: number }[];
    expect(publicTypes.find((type) => type.code === 'birth')).toMatchObject({ targetWorkingDays: 3 });
  });

  it('counts a service closure made before the request into its recorded deadline, but not one made after', async () => {
    await http().post('/api/closures').set('Cookie', manager).send({ day: '2022-07-05', reason: 'Staff training' }).expect(201);
    await book('20220707T0800Z');
    await http().post('/api/closures').set('Cookie', manager).send({ day: '2022-07-06', reason: 'Flood' }).expect(201);

    expect(await requests()).toMatchObject([{ targetWorkingDays: 5, deadline: '2022-07-11' }]);
  });

  it('offers only telephone slots of a type a manager made telephone-only, and the resident can book one', async () => {
    const modesOffered = async () =>
      ((await http().get('/api/public/availability?type=birth&from=2022-07-04&days=7').expect(200)).body as { slots: { mode: string }[] }).slots.map((slot) => slot.mode);
    expect(new Set(await modesOffered())).toEqual(new Set(['face-to-face']));

    await changeBirth({ modes: ['telephone'] });

    expect(new Set(await modesOffered())).toEqual(new Set(['telephone']));
    await http().post('/api/public/bookings').send({ slotId: `${birthSessionId}~20220707T0800Z`, type: 'birth', resident }).expect(409);
    const booked = await http().post('/api/public/bookings').send({ slotId: `${telephoneSessionId}~20220708T0800Z`, type: 'birth', resident }).expect(201);
    expect(booked.body.appointment).toMatchObject({ mode: 'telephone' });
  });

  it("makes a Tell Us Once death and twins as long as the manager's extra minutes say", async () => {
    const minutesBooked = async (body: Record<string, unknown>) => {
      const booked = (await http().post('/api/public/bookings').send({ resident, ...body }).expect(201)).body as { appointment: { startsAt: string; endsAt: string } };
      return (Date.parse(booked.appointment.endsAt) - Date.parse(booked.appointment.startsAt)) / 60_000;
    };

    expect(await minutesBooked({ slotId: `${deathSessionId}~20220705T0800Z`, type: 'death', tellUsOnce: true })).toBe(45);
    await changeType('death', { extraMinutesForTellUsOnce: 20 });
    expect(await minutesBooked({ slotId: `${deathSessionId}~20220705T0900Z`, type: 'death', tellUsOnce: true })).toBe(50);
    expect(await minutesBooked({ slotId: `${deathSessionId}~20220705T1000Z`, type: 'death' })).toBe(30);

    await changeBirth({ extraMinutesPerExtraBaby: 25 });
    expect(await minutesBooked({ slotId: `${birthSessionId}~20220707T0800Z`, type: 'birth', babies: 2 })).toBe(55);
  });
});
