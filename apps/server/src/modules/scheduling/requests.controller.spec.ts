import request from 'supertest';
import { DataSource } from 'typeorm';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { RequestsController } from './requests.controller';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const resident = { name: 'Aled Jones', email: 'aled@example.org' };

describe.each(testEngines())(`${RequestsController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let manager: string;
  let registrar: string;
  let deathRequestId: string;

  const http = () => request(running.app.getHttpServer());

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW });
    const build = schedulingBuilders(running.app.get(DataSource).manager);
    await build.appointmentTypes();
    const office = await build.office();
    const diary = await staffMember(running.app, ['registrar']);
    const monday = await build.session(diary.id, office.id, '2022-07-04', { acceptedTypes: ['birth'] });
    const late = await build.session(diary.id, office.id, '2022-07-20', { acceptedTypes: ['death'] });
    await http().post('/api/public/bookings').send({ slotId: `${monday.id}~20220704T0800Z`, type: 'birth', resident }).expect(201);
    await http().post('/api/public/bookings').send({ slotId: `${late.id}~20220720T0800Z`, type: 'death', resident, eventDate: '2022-06-30' }).expect(201);
    manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
    registrar = await signIn(running.app, diary.email);
    deathRequestId = (await http().get('/api/requests?filter={"typeCode":"death"}').set('Cookie', manager).expect(200)).body[0].id;
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('shows each request’s deadline and whether its first offer met it', async () => {
    const listed = await http().get('/api/requests?sort=["typeCode","ASC"]').set('Cookie', registrar).expect(200);
    expect(listed.headers['content-range']).toBe('requests 0-1/2');
    expect(listed.body).toMatchObject([
      { typeCode: 'birth', channel: 'online', serviceDay: '2022-07-01', firstOfferStartsAt: '2022-07-04T08:00:00.000Z', deadline: '2022-07-08', offeredWithinTarget: true },
      { typeCode: 'death', serviceDay: '2022-07-01', eventDate: '2022-06-30', firstOfferStartsAt: '2022-07-20T08:00:00.000Z', deadline: '2022-07-05', offeredWithinTarget: false },
    ]);
    expect(listed.body[1].reference).toMatch(/^DTH-/);
  });

  it('records a coroner referral, audits it, and filters by it', async () => {
    const updated = await http().put(`/api/requests/${deathRequestId}`).set('Cookie', registrar).send({ coronerReferral: true }).expect(200);
    expect(updated.body).toMatchObject({ id: deathRequestId, coronerReferral: true, eventDate: '2022-06-30' });
    const referred = await http().get('/api/requests?filter={"coronerReferral":true}').set('Cookie', manager).expect(200);
    expect(referred.body.map((row: { id: string }) => row.id)).toEqual([deathRequestId]);

    const audit = await http().get(`/api/audit?filter={"entity":"request","entityId":"${deathRequestId}"}`).set('Cookie', manager).expect(200);
    expect(audit.body).toMatchObject([{ actorKind: 'staff', action: 'updated', changes: { coronerReferral: true } }]);
    expect(audit.headers['content-range']).toBe('audit 0-0/1');
  });

  it("refuses a registrar's change to a request in another registrar's diary, and leaves it as it was", async () => {
    const other = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);

    const refused = await http().put(`/api/requests/${deathRequestId}`).set('Cookie', other).send({ coronerReferral: true }).expect(403);

    expect(refused.body).toMatchObject({ code: 'not-your-diary' });
    expect((await http().get(`/api/requests/${deathRequestId}`).set('Cookie', manager).expect(200)).body).toMatchObject({ coronerReferral: false });
    await http().put(`/api/requests/${deathRequestId}`).set('Cookie', manager).send({ coronerReferral: true }).expect(200);
  });

  it('refuses bad changes with the field to fix, unknown requests with 404, and the audit trail to registrars', async () => {
    expect((await http().put(`/api/requests/${deathRequestId}`).set('Cookie', registrar).send({ eventDate: '2022-02-30' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/eventDate/) });
    expect((await http().put(`/api/requests/${deathRequestId}`).set('Cookie', registrar).send({ paperworkReadyAt: 'tuesday' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(
      /paperworkReadyAt must be an ISO 8601 instant/,
    ) });
    expect((await http().put(`/api/requests/${deathRequestId}`).set('Cookie', registrar).send({ coronerReferral: 'yes' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/true or false/) });
    expect((await http().get('/api/requests/nope').set('Cookie', manager).expect(404)).body.code).toBe('request-not-found');
    expect((await http().get('/api/audit').set('Cookie', registrar).expect(403)).body.code).toBe('forbidden');
    expect((await http().get('/api/audit?filter={"at_gte":"soon"}').set('Cookie', manager).expect(400)).body).toMatchObject({ code: 'invalid-filter', message: expect.stringMatching(/at_gte must be an ISO 8601 instant/) });
  });
});
