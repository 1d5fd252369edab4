import { ErrorCode } from '@regflow/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signIn, staffMember } from '../../testing/staff-sessions';
import { TestDatabase } from '../../testing/test-databases';
import { startApiApp } from '../../testing/api-app';
import { TestApp } from '../../testing/test-app';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { StaffRole } from '@regflow/contracts';

/** Friday 1 July 2022, 09:00 in London. */
export const NOW = new Date('2022-07-01T08:00:00Z');

export interface Member {
  readonly id: string;
  readonly cookie: string;
}

export interface SettingsApp {
  readonly running: TestApp;
  readonly dataSource: DataSource;
  readonly manager: Member;
  readonly registrar: Member;
  /** Requests to `/api/<resource>` as a signed-in member of staff. */
  as(who: Member, resource: string): ResourceRequests;
  /** Asserts the audit trail of `entityId` holds exactly these actions by `actorId` (the fixed clock gives them one instant). */
  expectAudited(entityId: string, actorId: string, actions: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface ResourceRequests {
  list(query?: string): request.Test;
  get(id: string): request.Test;
  post(body: object): request.Test;
  put(id: string, body: object): request.Test;
  delete(id: string): request.Test;
}


/** The API on `database` with a fixed clock, a manager and a registrar signed in. */
export async function startSettingsApp(database: TestDatabase): Promise<SettingsApp> {
  const running = await startApiApp(database, { now: NOW, env: { PUBLIC_REQUESTS_PER_MINUTE: '10000' } });
  const member = async (roles: StaffRole[]): Promise<Member> => {
    const staff = await staffMember(running.app, roles);
    return { id: staff.id, cookie: await signIn(running.app, staff.email) };
  };
  const dataSource = running.app.get(DataSource);
  const http = running.app.getHttpServer();
  return {
    running,
    dataSource,
    manager: await member(['manager']),
    registrar: await member(['registrar']),
    as: (who, resource) => ({
      list: (query = '') => request(http).get(`/api/${resource}?${query}`).set('Cookie', who.cookie),
      get: (id) => request(http).get(`/api/${resource}/${id}`).set('Cookie', who.cookie),
      post: (body) => request(http).post(`/api/${resource}`).set('Cookie', who.cookie).send(body),
      put: (id, body) => request(http).put(`/api/${resource}/${id}`).set('Cookie', who.cookie).send(body),
      delete: (id) => request(http).delete(`/api/${resource}/${id}`).set('Cookie', who.cookie),
    }),
    expectAudited: async (entityId, actorId, actions) => {
      const entries = await dataSource.manager.findBy(AuditEntryEntity, { entityId });
      expect(entries.map((entry) => [entry.action, entry.actorKind, entry.actorId]).sort()).toEqual(actions.map((action) => [action, 'staff', actorId]).sort());
    },
    close: running.close,
  };
}

/** Sends each `[field, body, code?]` row and asserts a 400 with the code (`invalid-input` unless given) whose message names the field. */
export async function expectRefusals(send: (body: object) => request.Test, rows: readonly (readonly [string, object, ErrorCode?])[]): Promise<void> {
  const answers: [string, number, string, string][] = [];
  for (const [field, body] of rows) {
    const response = await send(body);
    answers.push([field, response.status, String(response.body.code), String(response.body.message)]);
  }
  expect(answers).toEqual(rows.map(([field, , code = 'invalid-input']) => [field, 400, code, expect.stringContaining(field)]));
}
