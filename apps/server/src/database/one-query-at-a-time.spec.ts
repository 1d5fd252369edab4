import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { startApiApp } from '../testing/api-app';
import { schedulingBuilders } from '../testing/scheduling-builders';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestDatabase, testEngines } from '../testing/test-databases';
import { TestApp } from '../testing/test-app';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const resident = { name: 'Aled Jones', email: 'aled@example.org' };
const onPostgres = testEngines().filter(([engine]) => engine === 'postgres');

/**
 * pg deprecates a query sent while its connection is still running another (pg 9 makes it an
 * error), and warns about it only once a process. A unit of work holds one connection, so its
 * queries must run one after another: this counts every query that did not wait its turn.
 */
function countQueriesThatOverlap(dataSource: DataSource): { readonly overlapping: () => number; readonly restore: () => void } {
  type QueuedClient = { activeQuery?: unknown; _queryQueue?: unknown[] };
  type Query = (this: QueuedClient, ...args: unknown[]) => unknown;
  const client = ((dataSource.driver as PostgresDriver).postgres as { Client: { prototype: { query: Query } } }).Client.prototype;
  const query = client.query;
  let overlapping = 0;
  client.query = function (this: QueuedClient, ...args: unknown[]) {
    if (this.activeQuery || (this._queryQueue?.length ?? 0) > 0) overlapping += 1;
    return query.apply(this, args);
  };
  return { overlapping: () => overlapping, restore: () => void (client.query = query) };
}

(onPostgres.length > 0 ? describe.each(onPostgres) : describe.skip.each([['postgres (TEST_DATABASE_URL not set)', null]]))(
  'one query at a time on a unit of work’s connection, on %s',
  (_engine, createDatabase) => {
    let database: TestDatabase;
    let running: TestApp;

    beforeEach(async () => {
      database = await createDatabase!();
      running = await startApiApp(database, { now: NOW });
    });

    afterEach(async () => {
      await running.close();
      await database.drop();
    });

    it('books, moves, lists and blocks without sending a query while another is running', async () => {
      const build = schedulingBuilders(running.app.get(DataSource).manager);
      await build.appointmentTypes();
      const office = await build.office();
      const registrar = await staffMember(running.app, ['registrar']);
      const session = await build.session(registrar.id, office.id, '2022-07-04');
      const manager = await signIn(running.app, (await staffMember(running.app, ['manager'])).email);
      const http = () => request(running.app.getHttpServer());
      const watch = countQueriesThatOverlap(running.app.get(DataSource));
      try {
        await http().get('/api/public/appointment-types').expect(200);
        await http().get('/api/public/availability?type=birth&from=2022-07-04&days=7').expect(200);
        const booked = await http().post('/api/public/bookings').send({ slotId: `${session.id}~20220704T0800Z`, type: 'birth', resident }).expect(201);
        await http().patch(`/api/public/bookings/${booked.body.reference}?token=${booked.body.manageToken}`).send({ slotId: `${session.id}~20220704T0900Z` }).expect(200);
        await http().post('/api/blocks').set('Cookie', manager).send({ sessionId: session.id, startTime: '11:00', endTime: '11:30', reason: 'training' }).expect(201);
        await http().get('/api/compliance/scorecard?period=2022-07').set('Cookie', manager).expect(200);
      } finally {
        watch.restore();
      }
      expect(watch.overlapping()).toBe(0);
    });
  },
);
