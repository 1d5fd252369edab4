import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../common/security/password-hasher';
import { StaffRole } from '@regflow/contracts';
import { StaffUserEntity } from '../modules/staff/staff-user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A member of staff with a real argon2 hash of TEST_PASSWORD. */
export async function staffMember(app: INestApplication, roles: StaffRole[], overrides: Partial<StaffUserEntity> = {}): Promise<StaffUserEntity> {
  const passwordHash = await app.get(PasswordHasher).hash(TEST_PASSWORD);
  const id = randomUUID();
  return app.get(DataSource).manager.save(StaffUserEntity, {
    id,
    name: `${roles[0]} ${id.slice(0, 4)}`,
    email: `${roles[0]}-${id.slice(0, 8)}@regflow.example`,
    passwordHash,
    roles,
    active: true,
    createdAt: new Date('2022-01-01T00:00:00Z'),
    ...overrides,
  });
}

/** Signs in through the API and returns the session cookie to send with later requests. */
export async function signIn(app: INestApplication, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password }).expect(200);
  const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie.split(';')[0];
}
