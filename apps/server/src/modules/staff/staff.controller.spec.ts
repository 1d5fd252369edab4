import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { StaffController } from './staff.controller';

const NEW_PASSWORD = 'a long enough passphrase';

describe.each(testEngines())(`${StaffController.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let running: TestApp;
  let admin: { id: string; cookie: string };
  let manager: { cookie: string };
  let officeId: string;

  const http = () => request(running.app.getHttpServer());
  const account = { name: 'Owen Price', email: ' Owen.Price@Regflow.Example ', roles: ['registrar'], password: NEW_PASSWORD };

  beforeEach(async () => {
    database = await createDatabase();
    running = await startApiApp(database);
    const adminUser = await staffMember(running.app, ['admin']);
    admin = { id: adminUser.id, cookie: await signIn(running.app, adminUser.email) };
    manager = { cookie: await signIn(running.app, (await staffMember(running.app, ['manager'])).email) };
    officeId = (await schedulingBuilders(running.app.get(DataSource).manager).office()).id;
  });

  afterEach(async () => {
    await running.close();
    await database.drop();
  });

  it('lets an admin create an account the new member can sign in with; the password is never shown or audited', async () => {
    const created = await http().post('/api/staff').set('Cookie', admin.cookie).send({ ...account, officeIds: [officeId] }).expect(201);

    expect(created.body).toEqual({ id: expect.any(String), name: 'Owen Price', email: 'owen.price@regflow.example', roles: ['registrar'], active: true, officeIds: [officeId] });
    await signIn(running.app, 'owen.price@regflow.example', NEW_PASSWORD);
    const audit = await running.app.get(DataSource).manager.findOneByOrFail(AuditEntryEntity, { entityId: created.body.id });
    expect(JSON.stringify(audit.changes)).not.toContain(NEW_PASSWORD);
    expect(audit.changes).toMatchObject({ passwordSet: true });
  });

  it('lets an admin deactivate an account, after which it cannot sign in', async () => {
    const created = (await http().post('/api/staff').set('Cookie', admin.cookie).send(account).expect(201)).body;
    await http().put(`/api/staff/${created.id}`).set('Cookie', admin.cookie).send({ ...created, active: false }).expect(200);
    expect((await http().post('/api/auth/login').send({ email: created.email, password: NEW_PASSWORD }).expect(401)).body.code).toBe('wrong-credentials');
  });

  it('refuses managers, duplicate emails, short passwords, unknown offices and an admin locking themself out', async () => {
    expect((await http().post('/api/staff').set('Cookie', manager.cookie).send(account).expect(403)).body.code).toBe('forbidden');
    await http().post('/api/staff').set('Cookie', admin.cookie).send(account).expect(201);
    expect((await http().post('/api/staff').set('Cookie', admin.cookie).send(account).expect(409)).body).toMatchObject({ code: 'staff-email-taken', message: expect.stringMatching(/already belongs to a member of staff/) });
    expect((await http().post('/api/staff').set('Cookie', admin.cookie).send({ ...account, email: 'x@regflow.example', password: 'short' }).expect(400)).body).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/password must be 12 to 200 characters/) });
    expect((await http().post('/api/staff').set('Cookie', admin.cookie).send({ ...account, email: 'y@regflow.example', officeIds: ['nowhere'] }).expect(400)).body).toMatchObject({ code: 'unknown-office', message: expect.stringMatching(/officeIds "nowhere" is not an office/) });
    const self = (await http().get(`/api/staff/${admin.id}`).set('Cookie', admin.cookie).expect(200)).body;
    expect((await http().put(`/api/staff/${admin.id}`).set('Cookie', admin.cookie).send({ ...self, roles: ['manager'] }).expect(409)).body.code).toBe('admin-self-lockout');
  });

  it('lists staff for any signed-in member, never with password hashes', async () => {
    const list = await http().get('/api/staff?sort=["name","ASC"]').set('Cookie', manager.cookie).expect(200);
    expect(list.headers['content-range']).toBe('staff 0-1/2');
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash/);
  });
});
