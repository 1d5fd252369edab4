import { DateTime } from 'luxon';
import { parseSlotId, slotId } from './slot-id';

describe('slotId', () => {
  it.each<[string, string, string | Date | number, string]>([
    ['a summer start, written in UTC', 'session-1', '2022-07-04T08:00:00Z', 'session-1~20220704T0800Z'],
    ['an instant with an offset', 'session-1', '2022-07-04T09:00:00+01:00', 'session-1~20220704T0800Z'],
    ['a winter start', '42', '2022-12-05T09:30:00Z', '42~20221205T0930Z'],
    ['a uuid session id keeps its dashes', '6f1c2b9e-3d4a-4b8e-9f10-2a3b4c5d6e7f', '2022-07-04T08:00:00Z', '6f1c2b9e-3d4a-4b8e-9f10-2a3b4c5d6e7f~20220704T0800Z'],
    ['a Date', 'session-1', new Date('2022-07-04T08:00:00Z'), 'session-1~20220704T0800Z'],
    ['epoch milliseconds', 'session-1', Date.UTC(2022, 6, 4, 8), 'session-1~20220704T0800Z'],
  ])('%s', (_case, sessionId, startsAt, expected) => {
    expect(slotId(sessionId, startsAt)).toBe(expected);
  });

  it('needs no escaping in a URL', () => {
    const id = slotId('6f1c2b9e-3d4a-4b8e-9f10-2a3b4c5d6e7f', '2022-07-04T08:00:00Z');
    expect(encodeURIComponent(id)).toBe(id);
  });

  it.each<[string, string, string]>([
    ['a session id with a slash', 'office/1', '2022-07-04T08:00:00Z'],
    ['a session id with the separator', 'a~b', '2022-07-04T08:00:00Z'],
    ['an empty session id', '', '2022-07-04T08:00:00Z'],
    ['a start between whole minutes', 'session-1', '2022-07-04T08:00:30Z'],
    ['a start with no offset', 'session-1', '2022-07-04T08:00:00'],
  ])('refuses %s', (_case, sessionId, startsAt) => {
    expect(() => slotId(sessionId, startsAt)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^invalid-(slot|instant)$/) }));
  });
});

describe('parseSlotId', () => {
  it.each<[string, string, { sessionId: string; startsAt: string }]>([
    ['an ordinary id', 'session-1~20220704T0800Z', { sessionId: 'session-1', startsAt: '2022-07-04T08:00:00Z' }],
    ['a uuid session id', '6f1c2b9e-3d4a-4b8e-9f10-2a3b4c5d6e7f~20221231T2330Z', { sessionId: '6f1c2b9e-3d4a-4b8e-9f10-2a3b4c5d6e7f', startsAt: '2022-12-31T23:30:00Z' }],
    ['a leap day', '7~20240229T0900Z', { sessionId: '7', startsAt: '2024-02-29T09:00:00Z' }],
  ])('reads %s', (_case, id, expected) => {
    expect(parseSlotId(id)).toEqual(expected);
  });

  it.each([
    '',
    'session-1',
    'session-1~',
    '~20220704T0800Z',
    'session-1~20220704T0800',
    'session-1~2022-07-04T08:00Z',
    'session-1~20220704T08:00Z',
    'session-1~20220230T0800Z',
    'session-1~20220704T2400Z',
    'session-1~20220704T0860Z',
    'session-1~20221304T0800Z',
    'session-1~20220704t0800z',
    'session 1~20220704T0800Z',
    'a~b~20220704T0800Z',
    'session-1~20220704T0800Z ',
  ])('rejects %j', (id) => {
    expect(parseSlotId(id)).toBeUndefined();
  });

  it('reverses slotId for every half hour of the clock-change days', () => {
    for (const day of ['2022-03-27', '2022-10-30']) {
      const midnight = DateTime.fromISO(`${day}T00:00:00Z`);
      for (let halfHours = 0; halfHours < 48; halfHours += 1) {
        const startsAt = midnight.plus({ minutes: 30 * halfHours }).toUTC().toISO({ suppressMilliseconds: true }) ?? '';
        expect(parseSlotId(slotId('session-1', startsAt))).toEqual({ sessionId: 'session-1', startsAt });
      }
    }
  });
});
