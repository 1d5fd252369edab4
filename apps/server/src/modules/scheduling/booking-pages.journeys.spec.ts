import { Server } from 'node:http';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { startApiApp } from '../../testing/api-app';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { TestApp } from '../../testing/test-app';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');

/** A browser: one cookie jar; each form sent with the token of the page it is on. */
function browserOn(http: Server) {
  const agent: TestAgent = request.agent(http);
  return {
    get: (path: string) => agent.get(path),
    async submit(path: string, fields: Record<string, string> = {}): Promise<request.Response> {
      const page = await agent.get(path);
      const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
      return agent.post(path).type('form').send({ ...fields, _csrf: token });
    },
  };
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '’').replace(/\s+/g, ' ');

describe.each(testEngines())('the booking pages over the real booking service on %s', (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let dataSource: DataSource;
  let browser: ReturnType<typeof browserOn>;

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '10000' } });
    dataSource = running.app.get(DataSource);
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    const office = await build.office({ name: 'Redditch', address: 'Town Hall, Walter Stranz Square, Redditch B98 8AH', phone: '01527 534123' });
    const registrar = await build.registrar();
    await build.session(registrar.id, office.id, '2022-07-04');
    await build.session(registrar.id, office.id, '2022-07-05');
    browser = browserOn(running.app.getHttpServer());
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  const freeStarts = async (): Promise<string[]> =>
    ((await request(running.app.getHttpServer()).get('/api/public/availability?type=death&from=2022-07-04&days=2').expect(200)).body as { slots: { startsAt: string }[] }).slots.map((slot) => new Date(slot.startsAt).toISOString());

  async function bookDeath(): Promise<string> {
    await browser.submit('/book/death/date-of-death', { 'date-of-death-day': '30', 'date-of-death-month': '6', 'date-of-death-year': '2022' });
    await browser.submit('/book/death/medical-certificate', { 'medical-certificate': 'yes' });
    await browser.submit('/book/death/coroner', { coroner: 'no' });
    await browser.submit('/book/death/tell-us-once', { 'tell-us-once': 'yes' });
    const choose = await browser.get('/book/death/appointment').expect(200);
    expect(textOf(choose.text)).toContain('The first available appointment is Monday 4 July 2022 at 9:00am at Redditch Register Office.');
    const firstOffer = /name="slot" value="([^"]+)"/.exec(choose.text)![1]!;
    expect((await browser.submit('/book/death/appointment', { slot: firstOffer })).headers.location).toBe('/book/death/details');
    await browser.submit('/book/death/details', { name: 'Gwen Hughes', email: 'gwen@example.org', phone: '' });
    expect((await browser.submit('/book/death/check')).headers.location).toBe('/book/confirmation');
    return (await browser.get('/book/confirmation').expect(200)).text;
  }

  it('books a death through the pages: the appointment, its request with the answers, and a confirmation that says what comes next', async () => {
    const confirmation = textOf(await bookDeath());

    const appointment = await dataSource.manager.findOneByOrFail(AppointmentEntity, { residentEmail: 'gwen@example.org' });
    const bookedRequest = await dataSource.manager.findOneByOrFail(AppointmentRequestEntity, { id: appointment.requestId });
    expect(bookedRequest).toMatchObject({ typeCode: 'death', channel: 'online', eventDate: '2022-06-30', tellUsOnce: true });
    expect(appointment.startsAt.toISOString()).toBe('2022-07-04T08:00:00.000Z');
    expect(confirmation).toContain(appointment.reference);
    expect(confirmation).toContain('We have sent a confirmation email to gwen@example.org');
    expect(confirmation).toMatch(/We will send you a reminder on [A-Z][a-z]+day \d+ [A-Z][a-z]+ 2022 at/);
    expect(confirmation).toContain('Redditch Register Office');
  });

  it('lets the resident change and then cancel from their link, freeing each time they leave', async () => {
    const confirmation = await bookDeath();
    const manage = /href="(\/manage\/[^"?/]+\?token=[^"]+)"/.exec(confirmation)![1]!.replace(/&amp;/g, '&');
    const [path, query] = manage.split('?');

    const change = await browser.get(`${path}/change?${query}`).expect(200);
    const later = [...change.text.matchAll(/name="slot" value="([^"]+)"/g)].map((match) => match[1]!).find((slot) => slot.includes('T0900Z') || slot.includes('20220705'))!;
    await browser.submit(`${path}/change?${query}`, { slot: later });
    const moved = await dataSource.manager.findOneByOrFail(AppointmentEntity, { residentEmail: 'gwen@example.org' });
    expect(moved.startsAt.toISOString()).not.toBe('2022-07-04T08:00:00.000Z');
    expect(await freeStarts()).toContain('2022-07-04T08:00:00.000Z');
    expect(await freeStarts()).not.toContain(moved.startsAt.toISOString());

    await browser.submit(`${path}/cancel?${query}`);
    expect(await dataSource.manager.findOneByOrFail(AppointmentEntity, { id: moved.id })).toMatchObject({ status: 'cancelled' });
    expect(await freeStarts()).toContain(moved.startsAt.toISOString());
    expect(textOf((await browser.get(manage).expect(200)).text)).toContain('cancelled');
    expect((await browser.get(`${path}/calendar.ics?${query}`).expect(200)).text).toContain('METHOD:CANCEL');
  });

  it('asks for an email address when the service sends no text messages, as the API refuses a telephone number alone', async () => {
    await browser.submit('/book/death/date-of-death', { 'date-of-death-day': '30', 'date-of-death-month': '6', 'date-of-death-year': '2022' });
    await browser.submit('/book/death/medical-certificate', { 'medical-certificate': 'yes' });
    await browser.submit('/book/death/coroner', { coroner: 'no' });
    await browser.submit('/book/death/tell-us-once', { 'tell-us-once': 'no' });
    const slot = /name="slot" value="([^"]+)"/.exec((await browser.get('/book/death/appointment')).text)![1]!;
    await browser.submit('/book/death/appointment', { slot });

    const details = await browser.submit('/book/death/details', { name: 'Gwen Hughes', email: '', phone: '07700 900982' });

    expect(details.status).toBe(400);
    expect(details.text).toContain('Enter your email address');
    const api = await request(running.app.getHttpServer()).post('/api/public/bookings').send({ slotId: slot, type: 'death', resident: { name: 'Gwen Hughes', phone: '07700 900982' } });
    expect(api.status).toBe(400);
    expect(JSON.stringify(api.body)).toContain('this service does not send text messages');
  });
});
