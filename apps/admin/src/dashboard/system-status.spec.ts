import type { HealthResponse } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { readHealthResponse, toSystemStatus } from './system-status';

const allUp: HealthResponse = {
  status: 'ok',
  info: { database: { status: 'up' }, redis: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' }, redis: { status: 'up' } },
};

const redisDown: HealthResponse = {
  status: 'error',
  info: { database: { status: 'up' } },
  error: { redis: { status: 'down', message: 'connect ECONNREFUSED' } },
  details: { database: { status: 'up' }, redis: { status: 'down', message: 'connect ECONNREFUSED' } },
};

describe(readHealthResponse.name, () => {
  it.each([
    ['a 200 report', 200, allUp],
    ['a 503 report', 503, redisDown],
  ])('keeps %s', (_case, httpStatus, body) => {
    expect(readHealthResponse(httpStatus, body)).toEqual({ reachable: true, report: body });
  });

  it.each([
    ['a proxy error page', 502, allUp],
    ['a body that is not a report', 200, { message: 'Not Found' }],
    ['a report without details', 200, { status: 'ok' }],
    ['no body', 200, null],
  ])('treats %s as unreachable', (_case, httpStatus, body) => {
    expect(readHealthResponse(httpStatus, body)).toEqual({ reachable: false });
  });
});

describe(toSystemStatus.name, () => {
  it('reports every component up when the server says ok', () => {
    expect(toSystemStatus({ reachable: true, report: allUp })).toEqual({
      summary: 'all_up',
      components: [
        { component: 'database', state: 'up' },
        { component: 'redis', state: 'up' },
      ],
    });
  });

  it('reports which component is down from a 503 report', () => {
    expect(toSystemStatus({ reachable: true, report: redisDown })).toEqual({
      summary: 'some_down',
      components: [
        { component: 'database', state: 'up' },
        { component: 'redis', state: 'down' },
      ],
    });
  });

  it('marks a component the report leaves out as unknown', () => {
    const report: HealthResponse = { status: 'ok', details: { database: { status: 'up' } } };

    expect(toSystemStatus({ reachable: true, report })).toEqual({
      summary: 'some_down',
      components: [
        { component: 'database', state: 'up' },
        { component: 'redis', state: 'unknown' },
      ],
    });
  });

  it('knows nothing about the components when the server cannot be reached', () => {
    expect(toSystemStatus({ reachable: false })).toEqual({
      summary: 'unreachable',
      components: [
        { component: 'database', state: 'unknown' },
        { component: 'redis', state: 'unknown' },
      ],
    });
  });
});
