import SwaggerParser from '@apidevtools/swagger-parser';
import { OpenAPIObject } from '@nestjs/swagger';
import { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../modules/auth/staff-auth.guard';
import { badInputs, documentedStatuses, Operation, operationsOf, plausibleProbe, Probe } from '../testing/openapi-probes';
import { startApiApp } from '../testing/api-app';
import { schedulingBuilders } from '../testing/scheduling-builders';
import { signIn, staffMember } from '../testing/staff-sessions';
import { TestApp } from '../testing/test-app';
import { TestDatabase, testEngines } from '../testing/test-databases';

const [[, createSqlite]] = testEngines({});
const NOW = new Date('2022-07-01T08:00:00Z');
/** Signing out ends the session the other requests use: it is probed only without one. */
const SIGN_OUT = '/api/auth/logout';
/** Only against a hang: a thousand requests take seconds, longer on a loaded machine. */
const HANG = 10 * 60_000;

describe('the OpenAPI document at /api/docs', () => {
  let database: TestDatabase;
  let running: TestApp;
  let http: Server;
  let document: OpenAPIObject;
  let operations: Operation[];

  beforeAll(async () => {
    database = await createSqlite();
    running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '1000000' } });
    http = running.app.getHttpServer();
    await schedulingBuilders(running.app.get(DataSource).manager).appointmentTypes();
    document = (await request(http).get('/api/docs-json').expect(200)).body;
    operations = operationsOf((await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as OpenAPIObject);
  }, HANG);

  afterAll(async () => {
    await running.close();
    await database.drop();
  }, HANG);

  async function send(probe: Probe, cookie?: string): Promise<request.Response> {
    let call = request(http)[probe.method](probe.url).set(probe.headers);
    if (cookie) call = call.set('Cookie', cookie);
    if (probe.body && 'json' in probe.body) call = call.send(probe.body.json as object);
    else if (probe.body) call = call.set('Content-Type', probe.body.type).send(probe.body.raw);
    return call;
  }

  /** Each probe's answer against what the document lists; the problems found, one line each. */
  async function problemsOf(entries: [Operation, Probe][], cookie?: string): Promise<string[]> {
    const problems: string[] = [];
    for (const [{ method, path, operation }, probe] of entries) {
      const { status } = await send(probe, cookie);
      const listed = documentedStatuses(operation);
      const where = `${method.toUpperCase()} ${path} with ${probe.label}`;
      if (status >= 500) problems.push(`${where}: ${status}`);
      else if (probe.expect !== undefined && status !== probe.expect) problems.push(`${where}: ${status}, but breaking a documented rule must answer ${probe.expect}`);
      else if (!listed.includes(status)) problems.push(`${where}: ${status}, which the document does not list (${listed.join(', ')})`);
    }
    return problems;
  }

  it('is a valid OpenAPI document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect(operations.length).toBeGreaterThanOrEqual(84);
  }, HANG);

  it('defines the session cookie and Bearer schemes its operations name', () => {
    expect(document.components?.securitySchemes).toMatchObject({
      [SESSION_COOKIE]: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    const named = operations.flatMap(({ operation }) => (operation.security ?? []).flatMap((requirement) => Object.keys(requirement)));
    expect(new Set(named)).toEqual(new Set([SESSION_COOKIE, 'bearer']));
  }, HANG);

  it('declares the session schemes on exactly the operations that answer not-signed-in without a session', async () => {
    const wrong: string[] = [];
    for (const entry of operations) {
      const { status, body } = await send(plausibleProbe(entry));
      const schemes = (entry.operation.security ?? []).map((requirement) => Object.keys(requirement).join('+')).sort();
      const declared = schemes.length > 0;
      if (declared !== (body.code === 'not-signed-in')) wrong.push(`${entry.method.toUpperCase()} ${entry.path}: ${status} ${body.code} without signing in, security ${JSON.stringify(schemes)}`);
      else if (declared && schemes.join() !== ['bearer', SESSION_COOKIE].sort().join()) wrong.push(`${entry.method.toUpperCase()} ${entry.path}: security ${JSON.stringify(schemes)}`);
    }
    expect(wrong).toEqual([]);
  }, HANG);

  it('documents every query parameter a read needs: a GET built from the document alone is answered', async () => {
    const cookie = await signIn(running.app, (await staffMember(running.app, ['manager', 'admin'])).email);
    const reads = operations.filter(({ method, path }) => method === 'get' && !path.includes('{'));
    const refused: string[] = [];
    for (const entry of reads) {
      const { status } = await send(plausibleProbe(entry), cookie);
      if (status >= 300) refused.push(`GET ${entry.path}: ${status}`);
    }
    expect(refused).toEqual([]);
  }, HANG);

  it('documents sort, range and filter on every list that answers Content-Range', async () => {
    const cookie = await signIn(running.app, (await staffMember(running.app, ['manager', 'admin'])).email);
    const undocumented: string[] = [];
    for (const entry of operations.filter(({ method, path }) => method === 'get' && !path.includes('{'))) {
      const response = await request(http).get(plausibleProbe(entry).url).set('Cookie', cookie);
      const query = (entry.operation.parameters ?? []).map((parameter) => ('name' in parameter ? parameter.name : ''));
      const isList = response.headers['content-range'] !== undefined;
      const documentsList = ['sort', 'range', 'filter'].every((name) => query.includes(name));
      if (isList !== documentsList) undocumented.push(`GET ${entry.path}: Content-Range ${isList}, sort/range/filter documented ${documentsList}`);
    }
    expect(undocumented).toEqual([]);
  }, HANG);

  it('answers every bad input derived from the document with a status the operation lists, never a 500', async () => {
    const everyRole = await signIn(running.app, (await staffMember(running.app, ['registrar', 'superintendent-registrar', 'manager', 'admin'])).email);
    const entries = operations.filter(({ path }) => path !== SIGN_OUT).flatMap((entry): [Operation, Probe][] => badInputs(entry).map((probe) => [entry, probe]));
    expect(entries.length).toBeGreaterThanOrEqual(1000);
    expect(await problemsOf(entries, everyRole)).toEqual([]);
  }, HANG);

  it('answers a registrar on every staff operation with a status the operation lists', async () => {
    const registrar = await signIn(running.app, (await staffMember(running.app, ['registrar'])).email);
    const staffOperations = operations.filter(({ path, operation }) => path !== SIGN_OUT && (operation.security ?? []).length > 0);
    expect(await problemsOf(staffOperations.map((entry) => [entry, plausibleProbe(entry)]), registrar)).toEqual([]);
  }, HANG);
});
