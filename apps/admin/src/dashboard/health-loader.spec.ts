import type { HealthResponse } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { createHealthLoader } from './health-loader';

const databaseDown: HealthResponse = {
  status: 'error',
  details: { database: { status: 'down' }, redis: { status: 'up' } },
};

function answering(response: Response): typeof fetch {
  return async () => response;
}

describe(createHealthLoader.name, () => {
  it('reads the report the server sends with 503', async () => {
    const load = createHealthLoader(answering(Response.json(databaseDown, { status: 503 })));

    await expect(load()).resolves.toEqual({ reachable: true, report: databaseDown });
  });

  it('turns a network failure into an unreachable reading', async () => {
    const load = createHealthLoader(async () => {
      throw new TypeError('Failed to fetch');
    });

    await expect(load()).resolves.toEqual({ reachable: false });
  });

  it('turns a body that is not JSON into an unreachable reading', async () => {
    const load = createHealthLoader(answering(new Response('<html>Bad gateway</html>', { status: 502 })));

    await expect(load()).resolves.toEqual({ reachable: false });
  });
});
