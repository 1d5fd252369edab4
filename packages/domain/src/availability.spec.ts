import { AvailabilityQuery, Busy, DiarySession, firstOffer, freeSlots, Slot } from './availability';
import { DEFAULT_APPOINTMENT_TYPES } from './appointment-types';
import { DomainError } from './domain.errors';

/** A Monday in summer time: 09:00 in London is 08:00Z. */
const MONDAY = '2022-07-04';

function session(overrides: Partial<DiarySession> = {}): DiarySession {
  return {
    id: 'session-1',
    registrarId: 'registrar-1',
    officeId: 'worcester',
    day: MONDAY,
    startTime: '09:00',
    endTime: '10:00',
    acceptedTypes: ['birth', 'still-birth', 'death'],
    ...overrides,
  };
}

function busy(startsAt: string, endsAt: string, registrarId = 'registrar-1'): Busy {
  return { registrarId, startsAt, endsAt };
}

const QUERY: AvailabilityQuery = {
  type: DEFAULT_APPOINTMENT_TYPES.death,
  from: MONDAY,
  days: 7,
  now: '2022-07-01T08:00:00Z',
  minimumNoticeMinutes: 0,
  horizonDays: 60,
};

/** Each slot as `office@start`, the telephone as `telephone`. */
const offered = (slots: readonly Slot[]) => slots.map((slot) => `${slot.officeId ?? 'telephone'}@${slot.startsAt}`);

describe('freeSlots', () => {
  it('describes each slot fully, with a deterministic id', () => {
    expect(freeSlots([session({ endTime: '09:30' })], [], QUERY)).toEqual([
      {
        id: 'session-1~20220704T0800Z',
        sessionId: 'session-1',
        registrarId: 'registrar-1',
        officeId: 'worcester',
        mode: 'face-to-face',
        startsAt: '2022-07-04T08:00:00Z',
        endsAt: '2022-07-04T08:30:00Z',
      },
    ]);
  });

  it.each<[string, DiarySession[], Busy[], Partial<AvailabilityQuery>, string[]]>([
    ['slots are laid from the session start in steps of the duration', [session()], [], {}, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z']],
    ['the last slot ends at or before the session end', [session({ endTime: '10:15' })], [], {}, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z']],
    ['the duration comes from the type: a ceremony takes an hour', [session({ endTime: '11:30', acceptedTypes: ['ceremony'] })], [], { type: DEFAULT_APPOINTMENT_TYPES.ceremony }, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T09:00:00Z']],
    ['a longer appointment (a death with Tell Us Once) stays on the grid and must fit the session', [session({ endTime: '10:30' })], [], { lengthMinutes: 45 }, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z']],
    ['a longer appointment is not offered where its extra time is booked', [session({ endTime: '11:00' })], [busy('2022-07-04T08:30:00Z', '2022-07-04T09:00:00Z')], { lengthMinutes: 45 }, ['worcester@2022-07-04T09:00:00Z']],
    ['a session closed to the type gives none', [session({ acceptedTypes: ['birth'] })], [], {}, []],
    ['a block removes the slots it overlaps', [session({ endTime: '11:00' })], [busy('2022-07-04T08:15:00Z', '2022-07-04T08:45:00Z')], {}, ['worcester@2022-07-04T09:00:00Z', 'worcester@2022-07-04T09:30:00Z']],
    ["another registrar's block changes nothing", [session()], [busy('2022-07-04T08:00:00Z', '2022-07-04T09:00:00Z', 'registrar-2')], {}, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z']],
    ['a day of leave removes the whole session', [session()], [busy('2022-07-03T23:00:00Z', '2022-07-04T23:00:00Z')], {}, []],
    ['an existing appointment removes its slot', [session()], [busy('2022-07-04T08:30:00Z', '2022-07-04T09:00:00Z')], {}, ['worcester@2022-07-04T08:00:00Z']],
    ['a longer existing appointment (Tell Us Once) removes both slots it reaches into', [session({ endTime: '10:30' })], [busy('2022-07-04T08:00:00Z', '2022-07-04T08:45:00Z')], {}, ['worcester@2022-07-04T09:00:00Z']],
    [
      'appointments touching a slot at either end leave it free',
      [session()],
      [busy('2022-07-04T07:30:00Z', '2022-07-04T08:00:00Z'), busy('2022-07-04T09:00:00Z', '2022-07-04T09:30:00Z')],
      {},
      ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z'],
    ],
    [
      'overlapping busy times given out of order',
      [session({ endTime: '11:00' })],
      [busy('2022-07-04T08:40:00Z', '2022-07-04T09:10:00Z'), busy('2022-07-04T08:20:00Z', '2022-07-04T08:50:00Z')],
      {},
      ['worcester@2022-07-04T09:30:00Z'],
    ],
    ['a long block inside which a short one sits', [session({ endTime: '11:00' })], [busy('2022-07-04T08:00:00Z', '2022-07-04T09:30:00Z'), busy('2022-07-04T08:10:00Z', '2022-07-04T08:20:00Z')], {}, ['worcester@2022-07-04T09:30:00Z']],
    ['a busy time with no length is ignored', [session()], [busy('2022-07-04T08:15:00Z', '2022-07-04T08:15:00Z')], {}, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z']],
    ['minimum notice: a slot starting exactly at now + notice is offered', [session()], [], { now: '2022-07-04T07:00:00Z', minimumNoticeMinutes: 90 }, ['worcester@2022-07-04T08:30:00Z']],
    ['minimum notice: a slot starting a minute sooner is not', [session()], [], { now: '2022-07-04T07:01:00Z', minimumNoticeMinutes: 90 }, []],
    ['slots already started are never offered', [session()], [], { now: '2022-07-04T08:10:00Z' }, ['worcester@2022-07-04T08:30:00Z']],
    [
      'horizon: the last day offered is today plus the horizon in calendar days',
      [session({ id: 'monday' }), session({ id: 'tuesday', day: '2022-07-05' })],
      [],
      { now: '2022-07-01T08:00:00Z', horizonDays: 3 },
      ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z'],
    ],
    [
      "horizon: today is now's London day (23:30Z in summer is tomorrow)",
      [session({ id: 'monday' }), session({ id: 'tuesday', day: '2022-07-05' })],
      [],
      { now: '2022-07-01T23:30:00Z', horizonDays: 3 },
      ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z', 'worcester@2022-07-05T08:00:00Z', 'worcester@2022-07-05T08:30:00Z'],
    ],
    [
      'only the days from `from` for `days` days',
      [session({ id: 'before', day: '2022-07-01' }), session({ id: 'first', day: '2022-07-05', endTime: '09:30' }), session({ id: 'last', day: '2022-07-11', endTime: '09:30' }), session({ id: 'after', day: '2022-07-12' })],
      [],
      { from: '2022-07-05', days: 7 },
      ['worcester@2022-07-05T08:00:00Z', 'worcester@2022-07-11T08:00:00Z'],
    ],
    ['no days asked for', [session()], [], { days: 0 }, []],
    ['a session on a bank holiday (the 2022 jubilee) gives none', [session({ day: '2022-06-03' })], [], { from: '2022-06-01', now: '2022-05-30T08:00:00Z' }, []],
    ['a session on the Christmas 2021 substitute holiday gives none', [session({ day: '2021-12-27' })], [], { from: '2021-12-24', now: '2021-12-20T08:00:00Z' }, []],
    [
      'a Saturday session is offered: weekends are not closed days',
      [session({ day: '2022-07-02' })],
      [],
      { from: '2022-07-02' },
      ['worcester@2022-07-02T08:00:00Z', 'worcester@2022-07-02T08:30:00Z'],
    ],
    [
      "an office's closed day removes only that office's sessions",
      [session({ id: 'w', endTime: '09:30' }), session({ id: 'm', officeId: 'malvern', registrarId: 'registrar-2', endTime: '09:30' })],
      [],
      { closedDays: [{ officeId: 'worcester', day: MONDAY }, { officeId: 'malvern', day: '2022-07-05' }] },
      ['malvern@2022-07-04T08:00:00Z'],
    ],
    [
      'a closed day of the telephone service removes the telephone sessions',
      [session({ id: 'w', endTime: '09:30' }), session({ id: 't', officeId: null, registrarId: 'registrar-2', endTime: '09:30' })],
      [],
      { closedDays: [{ officeId: null, day: MONDAY }] },
      ['worcester@2022-07-04T08:00:00Z'],
    ],
    [
      'a service-wide closure removes every session that day',
      [session({ id: 'w' }), session({ id: 't', officeId: null, registrarId: 'registrar-2' }), session({ id: 'next', day: '2022-07-05', endTime: '09:30' })],
      [],
      { serviceClosures: [MONDAY] },
      ['worcester@2022-07-05T08:00:00Z'],
    ],
    ['clocks forward: a 09:00 session on Monday 28 March 2022 starts at 08:00Z', [session({ day: '2022-03-28', endTime: '09:30' })], [], { from: '2022-03-25', now: '2022-03-01T08:00:00Z' }, ['worcester@2022-03-28T08:00:00Z']],
    ['before clocks forward: a 09:00 session on Friday 25 March 2022 starts at 09:00Z', [session({ day: '2022-03-25', endTime: '09:30' })], [], { from: '2022-03-21', now: '2022-03-01T08:00:00Z' }, ['worcester@2022-03-25T09:00:00Z']],
    ['before clocks back: a 09:00 session on Friday 28 October 2022 starts at 08:00Z', [session({ day: '2022-10-28', endTime: '09:30' })], [], { from: '2022-10-24', now: '2022-10-01T08:00:00Z' }, ['worcester@2022-10-28T08:00:00Z']],
    ['clocks back: a 09:00 session on Monday 31 October 2022 starts at 09:00Z', [session({ day: '2022-10-31', endTime: '09:30' })], [], { from: '2022-10-31', now: '2022-10-01T08:00:00Z' }, ['worcester@2022-10-31T09:00:00Z']],
    [
      'a block given in winter time against a session after clocks go forward',
      [session({ day: '2022-03-28' })],
      [busy('2022-03-28T08:00:00+00:00', '2022-03-28T09:30:00+01:00')],
      { from: '2022-03-28', now: '2022-03-01T08:00:00Z' },
      ['worcester@2022-03-28T08:30:00Z'],
    ],
    ['a telephone session accepting a type that may be by telephone', [session({ officeId: null, endTime: '09:30' })], [], {}, ['telephone@2022-07-04T08:00:00Z']],
    ['a telephone session gives no births: births are face to face', [session({ officeId: null })], [], { type: DEFAULT_APPOINTMENT_TYPES.birth }, []],
    ['a type a manager made telephone-only gives no face-to-face slots', [session()], [], { type: { ...DEFAULT_APPOINTMENT_TYPES.death, modes: ['telephone'] } }, []],
    ['a manager\'s 20-minute death slots', [session({ endTime: '10:00' })], [], { type: { ...DEFAULT_APPOINTMENT_TYPES.death, durationMinutes: 20 } }, ['worcester@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:20:00Z', 'worcester@2022-07-04T08:40:00Z']],
    [
      'only the office asked for; telephone sessions are not an office',
      [session({ id: 'w', endTime: '09:30' }), session({ id: 'm', officeId: 'malvern', endTime: '09:30' }), session({ id: 't', officeId: null, endTime: '09:30' })],
      [],
      { officeId: 'malvern' },
      ['malvern@2022-07-04T08:00:00Z'],
    ],
    [
      'sorted by start, then office (telephone last), then registrar',
      [
        session({ id: 't', officeId: null, registrarId: 'registrar-1', startTime: '09:00', endTime: '09:30' }),
        session({ id: 'w-late', officeId: 'worcester', registrarId: 'registrar-2', startTime: '09:30', endTime: '10:00' }),
        session({ id: 'w', officeId: 'worcester', registrarId: 'registrar-3', startTime: '09:00', endTime: '09:30' }),
        session({ id: 'k', officeId: 'kidderminster', registrarId: 'registrar-4', startTime: '09:00', endTime: '09:30' }),
        session({ id: 'previous-day', day: '2022-07-05', registrarId: 'registrar-5', endTime: '09:30' }),
      ],
      [],
      {},
      ['kidderminster@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:00:00Z', 'telephone@2022-07-04T08:00:00Z', 'worcester@2022-07-04T08:30:00Z', 'worcester@2022-07-05T08:00:00Z'],
    ],
  ])('%s', (_case, sessions, busyTimes, query, expected) => {
    expect(offered(freeSlots(sessions, busyTimes, { ...QUERY, ...query }))).toEqual(expected);
  });

  it('breaks ties at the same office and start by registrar', () => {
    const slots = freeSlots([session({ id: 'b', registrarId: 'registrar-b', endTime: '09:30' }), session({ id: 'a', registrarId: 'registrar-a', endTime: '09:30' })], [], QUERY);
    expect(slots.map((slot) => slot.registrarId)).toEqual(['registrar-a', 'registrar-b']);
  });

  it('gives telephone slots the telephone mode and office slots face to face', () => {
    const slots = freeSlots([session({ id: 'w', endTime: '09:30' }), session({ id: 't', officeId: null, registrarId: 'registrar-2', endTime: '09:30' })], [], QUERY);
    expect(slots.map((slot) => [slot.officeId, slot.mode])).toEqual([
      ['worcester', 'face-to-face'],
      [null, 'telephone'],
    ]);
  });

  it('answers a county diary of three months in one pass', () => {
    const sessions: DiarySession[] = [];
    const busyTimes: Busy[] = [];
    for (let day = 1; day <= 90; day += 1) {
      const date = new Date(Date.UTC(2022, 6, day)).toISOString().slice(0, 10);
      for (let registrar = 1; registrar <= 20; registrar += 1) {
        sessions.push(session({ id: `s-${date}-${registrar}`, registrarId: `r-${registrar}`, day: date, startTime: '09:00', endTime: '17:00' }));
        busyTimes.push(busy(`${date}T08:00:00Z`, `${date}T08:30:00Z`, `r-${registrar}`));
      }
    }
    const slots = freeSlots(sessions, busyTimes, { ...QUERY, from: '2022-07-01', days: 90, horizonDays: 120 });
    const bankHolidays = ['2022-08-29', '2022-09-19'];
    const openDays = new Set(sessions.map((entry) => entry.day).filter((day) => !bankHolidays.includes(day)));
    expect(slots).toHaveLength(openDays.size * 20 * 15);
  });

  it.each<[string, DiarySession]>([
    ['a time not written HH:mm', session({ startTime: '9:00' })],
    ['an hour past 23', session({ endTime: '24:00' })],
    ['a session ending before it starts', session({ startTime: '10:00', endTime: '09:00' })],
    ['a session with no length', session({ endTime: '09:00' })],
  ])('refuses %s', (_case, bad) => {
    expect(() => freeSlots([bad], [], QUERY)).toThrow(expect.objectContaining({ code: 'invalid-session' }));
  });

  it.each<[string, Partial<AvailabilityQuery>]>([
    ['a negative number of days', { days: -1 }],
    ['a fractional horizon', { horizonDays: 1.5 }],
    ['negative notice', { minimumNoticeMinutes: -5 }],
    ['a zero length', { lengthMinutes: 0 }],
  ])('refuses a query with %s', (_case, query) => {
    expect(() => freeSlots([session()], [], { ...QUERY, ...query })).toThrow(expect.objectContaining({ code: 'invalid-availability-query' }));
  });

  it('refuses busy times without an offset', () => {
    expect(() => freeSlots([session()], [busy('2022-07-04T08:00:00', '2022-07-04T09:00:00Z')], QUERY)).toThrow(DomainError);
  });
});

describe('firstOffer', () => {
  const slot = (officeId: string | null, startsAt: string, registrarId = 'registrar-1'): Slot => ({
    id: `${officeId ?? 'phone'}-${registrarId}~${startsAt}`,
    sessionId: `${officeId ?? 'phone'}-${registrarId}`,
    registrarId,
    officeId,
    mode: officeId === null ? 'telephone' : 'face-to-face',
    startsAt,
    endsAt: startsAt,
  });

  it('finds the earliest slot service-wide and at each office, the telephone under its own key, in any order', () => {
    const slots = [
      slot('worcester', '2022-07-05T08:00:00Z'),
      slot('malvern', '2022-07-06T08:00:00Z'),
      slot(null, '2022-07-04T13:00:00Z'),
      slot('worcester', '2022-07-04T14:00:00Z'),
      slot('malvern', '2022-07-04T15:00:00Z'),
      slot(null, '2022-07-04T12:00:00Z'),
    ];
    expect(firstOffer(slots)).toEqual({
      serviceWide: slot(null, '2022-07-04T12:00:00Z'),
      byOffice: {
        worcester: slot('worcester', '2022-07-04T14:00:00Z'),
        malvern: slot('malvern', '2022-07-04T15:00:00Z'),
        telephone: slot(null, '2022-07-04T12:00:00Z'),
      },
    });
  });

  it('breaks a tie as freeSlots sorts: office before telephone, then registrar', () => {
    const slots = [slot(null, '2022-07-04T08:00:00Z'), slot('worcester', '2022-07-04T08:00:00Z', 'registrar-2'), slot('worcester', '2022-07-04T08:00:00Z', 'registrar-1')];
    expect(firstOffer(slots).serviceWide).toEqual(slot('worcester', '2022-07-04T08:00:00Z', 'registrar-1'));
  });

  it('is the first of freeSlots', () => {
    const slots = freeSlots([session({ id: 'w' }), session({ id: 'm', officeId: 'malvern', registrarId: 'registrar-2', startTime: '09:30' })], [busy('2022-07-04T08:00:00Z', '2022-07-04T08:30:00Z')], QUERY);
    const offer = firstOffer(slots);
    expect(offer.serviceWide).toBe(slots[0]);
    expect(offer.byOffice.worcester.startsAt).toBe('2022-07-04T08:30:00Z');
    expect(offer.byOffice.malvern.startsAt).toBe('2022-07-04T08:30:00Z');
  });

  it('offers nothing when there are no slots', () => {
    expect(firstOffer([])).toEqual({ serviceWide: null, byOffice: {} });
  });
});
