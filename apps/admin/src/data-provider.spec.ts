import type { AppointmentResponse, AvailabilityResponse, ErrorResponse, MessageResponse } from '@regflow/contracts';
import { fetchUtils, HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataProvider } from './data-provider';

interface SentRequest {
  readonly url: string;
  readonly method: string;
  readonly body: unknown;
  readonly headers: Headers;
}

/**
 * The server as the browser's fetch sees it: every request is kept and answered by `answer`. The
 * data provider goes through react-admin's real `fetchJson`, which turns refusals into HttpErrors.
 */
function serverAnswering(answer: (request: SentRequest) => Response) {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = {
      url: String(input),
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init.headers),
    };
    sent.push(request);
    return answer(request);
  });
  return { sent, dataProvider: createDataProvider(fetchUtils.fetchJson) };
}

/** The query of a sent URL, each simple-rest parameter parsed from its JSON. */
function listQuery(url: string) {
  const search = new URL(url, 'http://regflow.test').searchParams;
  return { path: url.split('?')[0], sort: JSON.parse(search.get('sort')!), range: JSON.parse(search.get('range')!), filter: JSON.parse(search.get('filter')!) };
}

const appointment = { id: 'appt-1', reference: 'RF-7Q2K' } as AppointmentResponse;

const refusal = (status: number, body: ErrorResponse) => Response.json(body, { status });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe(createDataProvider.name, () => {
  describe('lists', () => {
    it('asks for one page, sorted and filtered in the simple-rest way, and reads the total from Content-Range', async () => {
      const { sent, dataProvider } = serverAnswering(() =>
        Response.json([appointment], { headers: { 'Content-Range': 'appointments 25-25/26' } }),
      );

      const answer = await dataProvider.getList('appointments', {
        pagination: { page: 2, perPage: 25 },
        sort: { field: 'startsAt', order: 'DESC' },
        filter: { day_gte: '2026-07-06', status: 'booked', q: 'Okafor' },
      });

      expect(answer).toEqual({ data: [appointment], total: 26 });
      expect(sent).toHaveLength(1);
      expect(sent[0].method).toBe('GET');
      expect(listQuery(sent[0].url)).toEqual({
        path: '/api/appointments',
        sort: ['startsAt', 'DESC'],
        range: [25, 49],
        filter: { day_gte: '2026-07-06', status: 'booked', q: 'Okafor' },
      });
    });

    it('fails plainly when the server leaves out the total', async () => {
      const { dataProvider } = serverAnswering(() => Response.json([appointment]));

      await expect(
        dataProvider.getList('appointments', { pagination: { page: 1, perPage: 25 }, sort: { field: 'startsAt', order: 'ASC' }, filter: {} }),
      ).rejects.toThrow(/Content-Range/);
    });

    it('asks for several records by id in one request', async () => {
      const { sent, dataProvider } = serverAnswering(() => Response.json([{ id: 'staff-1' }, { id: 'staff-2' }]));

      await dataProvider.getMany('staff', { ids: ['staff-1', 'staff-2'] });

      expect(new URL(sent[0].url, 'http://regflow.test').searchParams.get('filter')).toBe('{"id":["staff-1","staff-2"]}');
    });
  });

  describe('one record', () => {
    it('reads it at its own address, the id escaped', async () => {
      const { sent, dataProvider } = serverAnswering(() => Response.json(appointment));

      await expect(dataProvider.getOne('appointments', { id: 'appt/1' })).resolves.toEqual({ data: appointment });
      expect(sent[0]).toMatchObject({ url: '/api/appointments/appt%2F1', method: 'GET' });
    });

    it('changes it with a PUT of the fields given', async () => {
      const { sent, dataProvider } = serverAnswering(() => Response.json({ id: 'alert-1', resolvedAt: '2026-07-06T09:00:00.000Z' }));

      await dataProvider.update('alerts', { id: 'alert-1', data: { resolved: true }, previousData: { id: 'alert-1' } });

      expect(sent[0]).toMatchObject({ url: '/api/alerts/alert-1', method: 'PUT', body: { resolved: true } });
      expect(sent[0].headers.get('Content-Type')).toBe('application/json');
    });
  });

  describe("the server's actions", () => {
    it('asks for free times with only the answers given', async () => {
      const availability: AvailabilityResponse = { type: 'death', firstOffer: null, slots: [] };
      const { sent, dataProvider } = serverAnswering(() => Response.json(availability));

      await expect(dataProvider.availability({ type: 'death', from: '2026-07-06', days: 7, tellUsOnce: true })).resolves.toEqual(availability);
      expect(sent[0]).toMatchObject({ url: '/api/availability?type=death&from=2026-07-06&days=7&tellUsOnce=true', method: 'GET' });
    });

    it.each([
      ['moves an appointment to a slot', (provider: ReturnType<typeof createDataProvider>) => provider.moveAppointment('appt-1', 'session-4~20260707T0900Z'), '/api/appointments/appt-1/move', { slotId: 'session-4~20260707T0900Z' }],
      ['undoes the last change of status', (provider: ReturnType<typeof createDataProvider>) => provider.undoStatus('appt-1'), '/api/appointments/appt-1/undo-status', {}],
      ['sends a message again', (provider: ReturnType<typeof createDataProvider>) => provider.resendMessage('message-9'), '/api/messages/message-9/resend', {}],
    ] as const)('%s with a POST', async (_, act, url, body) => {
      const { sent, dataProvider } = serverAnswering(() => Response.json({ id: 'answer' }));

      await expect(act(dataProvider)).resolves.toEqual({ id: 'answer' });
      expect(sent).toEqual([expect.objectContaining({ url, method: 'POST', body })]);
    });

    it('changes the password with a PUT of the current and the new one', async () => {
      const { sent, dataProvider } = serverAnswering(() => Response.json({ id: 'staff-7', name: 'Amrit Kaur', roles: ['registrar'] }));

      await expect(dataProvider.changePassword('heron-maple-quartz-42', 'otter-lantern-basalt-17')).resolves.toBeUndefined();
      expect(sent[0]).toMatchObject({
        url: '/api/auth/password',
        method: 'PUT',
        body: { currentPassword: 'heron-maple-quartz-42', newPassword: 'otter-lantern-basalt-17' },
      });
    });
  });

  describe('refusals', () => {
    it("rejects with the server's message, status and body, so a screen can show what to do", async () => {
      const notResendable: ErrorResponse = {
        statusCode: 409,
        code: 'message-not-resendable',
        message: 'this message is still queued: wait for it to be sent or to fail before sending it again',
      };
      const { dataProvider } = serverAnswering(() => refusal(409, notResendable));

      const error = await dataProvider.resendMessage('message-9').then(
        (): MessageResponse => expect.fail('the resend was accepted'),
        (reason: unknown) => reason,
      );

      expect(error).toBeInstanceOf(HttpError);
      expect(error).toMatchObject({ message: notResendable.message, status: 409, body: { code: 'message-not-resendable' } });
    });

    it("rejects a list with the server's message about a bad filter", async () => {
      const badFilter: ErrorResponse = { statusCode: 400, code: 'invalid-filter', message: 'filter cannot use colour: filterable fields are registrarId, officeId' };
      const { dataProvider } = serverAnswering(() => refusal(400, badFilter));

      await expect(
        dataProvider.getList('appointments', { pagination: { page: 1, perPage: 25 }, sort: { field: 'startsAt', order: 'ASC' }, filter: { colour: 'red' } }),
      ).rejects.toMatchObject({ message: badFilter.message, status: 400 });
    });
  });
});
