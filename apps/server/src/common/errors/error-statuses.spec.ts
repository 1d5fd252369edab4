import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { CalendarError } from '@regflow/calendar';
import { ERROR_CODE_LISTS, ERROR_STATUSES, ErrorCode, ErrorResponse } from '@regflow/contracts';
import { DomainError } from '@regflow/domain';
import { diariesErrors } from '../../modules/diaries/diaries.errors';
import { schedulingErrors } from '../../modules/scheduling/scheduling.errors';
import { settingsErrors } from '../../modules/settings/settings.errors';
import { staffErrors } from '../../modules/staff/staff.errors';
import { ApiExceptionFilter } from './api-exception.filter';
import { AppError } from './app-error';

describe('ERROR_STATUSES', () => {
  const listed = Object.entries(ERROR_CODE_LISTS).flatMap(([list, codes]) => codes.map((code) => [code, list] as const));

  it('lists each code in exactly one module list', () => {
    const lists = new Map<string, string[]>();
    for (const [code, list] of listed) lists.set(code, [...(lists.get(code) ?? []), list]);
    expect([...lists].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('gives every listed code exactly one status, an HTTP error status, and nothing else a status', () => {
    expect(Object.keys(ERROR_STATUSES).sort()).toEqual(listed.map(([code]) => code).sort());
    for (const [code] of listed) expect([code, ERROR_STATUSES[code]]).toEqual([code, expect.any(Number)]);
    expect(Object.values(ERROR_STATUSES).filter((status) => status < 400 || status > 599)).toEqual([]);
  });

  it('answers the errors several modules raise with one code and one status', () => {
    const unknownTypes = [schedulingErrors.unknownType('x'), settingsErrors.unknownType('x')];
    expect(new Set(unknownTypes.map((error) => `${error.code} ${error.status}`))).toEqual(new Set(['unknown-appointment-type 400']));
    expect(settingsErrors.appointmentTypeNotFound('x')).toMatchObject({ code: 'appointment-type-not-found', status: 404 });
    const unknownOffices = [diariesErrors.unknownOffice('x'), settingsErrors.unknownOffice('x'), staffErrors.unknownOffice('x')];
    expect(new Set(unknownOffices.map((error) => `${error.code} ${error.status}`))).toEqual(new Set(['unknown-office 400']));
  });
});

describe(ApiExceptionFilter.name, () => {
  function answerTo(error: unknown, path = '/api/things'): { status: number; body: unknown } {
    const sent: { status: number; body: unknown } = { status: 0, body: undefined };
    const response = {
      headersSent: false,
      status(status: number) {
        sent.status = status;
        return this;
      },
      type() {
        return this;
      },
      json(body: unknown) {
        sent.body = body;
      },
      send(body: unknown) {
        sent.body = body;
      },
    };
    const host = { switchToHttp: () => ({ getRequest: () => ({ method: 'GET', path }), getResponse: () => response }) } as unknown as ArgumentsHost;
    new ApiExceptionFilter().catch(error, host);
    return sent;
  }

  const internal: ErrorResponse = { statusCode: 500, code: 'internal-error', message: 'something went wrong on our side: try again, and tell the register office if it keeps happening' };

  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers an unexpected error with internal-error and none of its details', () => {
    const answer = answerTo(new Error('relation "staff_users" does not exist at /srv/app/x.ts:12'));
    expect(answer).toEqual({ status: 500, body: internal });
    expect(JSON.stringify(answer.body)).not.toMatch(/staff_users|srv/);
  });

  it('answers a known code whose status is 500 as internal-error too: such messages name internals', () => {
    expect(answerTo(new AppError('invalid-demo-data', 'seeds/offices.json line 3'))).toEqual({ status: 500, body: internal });
  });

  it('answers the pure packages’ errors by their code’s status', () => {
    const codes: ErrorCode[] = ['invalid-date', 'invalid-session'];
    expect([answerTo(new CalendarError('invalid-date', 'bad day')).body, answerTo(new DomainError('invalid-session', 'bad session')).body]).toEqual(
      codes.map((code) => ({ statusCode: ERROR_STATUSES[code], code, message: expect.any(String) })),
    );
  });

  it('answers a not-found outside /api as a page', () => {
    const answer = answerTo(new NotFoundException('Cannot GET /nope'), '/nope');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(expect.stringContaining('Page not found'));
  });
});
