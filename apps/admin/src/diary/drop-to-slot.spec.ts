import type { SessionResponse, SlotResponse } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { AppointmentDrop, DropOutcome, freeTimesQuery, sessionIdOfSlot, slotForDrop } from './drop-to-slot';

const session = (id: string, registrarId: string, day: string, acceptedTypes: SessionResponse['acceptedTypes'] = ['birth']): SessionResponse => ({
  id,
  registrarId,
  day,
  officeId: 'office-worcester',
  startTime: '09:00',
  endTime: '12:30',
  acceptedTypes,
  templateId: null,
});

/** A free slot of 30 minutes in `sessionId` at a UTC instant written `yyyyMMddTHHmmZ`-style as ISO. */
const slot = (sessionId: string, startsAt: string): SlotResponse => {
  const compact = startsAt.replace(/[-:]/g, '').slice(0, 13);
  return { id: `${sessionId}~${compact}Z`, officeId: 'office-worcester', mode: 'face-to-face', startsAt, endsAt: startsAt };
};

const AMRIT = 'staff-amrit';
const BEN = 'staff-ben';

// Monday 6 July 2026 is in British Summer Time: 10:15 in London is 09:15 UTC.
const sessions = [
  session('s-amrit-mon', AMRIT, '2026-07-06'),
  session('s-ben-mon', BEN, '2026-07-06'),
  session('s-amrit-tue', AMRIT, '2026-07-07', ['death']),
  session('s-amrit-dec', AMRIT, '2026-12-07'),
];
const freeSlots = [
  slot('s-amrit-mon', '2026-07-06T08:00:00Z'),
  slot('s-amrit-mon', '2026-07-06T09:15:00Z'),
  slot('s-amrit-mon', '2026-07-06T10:30:00Z'),
  slot('s-ben-mon', '2026-07-06T08:30:00Z'),
  slot('s-amrit-dec', '2026-12-07T10:15:00Z'),
];

const birth = { id: 'a1', type: 'birth', registrarId: AMRIT, startsAt: '2026-07-06T08:30:00Z' } as const;

const drop = (start: string, registrarId = AMRIT, appointment: AppointmentDrop['appointment'] = birth): AppointmentDrop => ({
  appointment,
  start: new Date(start),
  registrarId,
});

describe(slotForDrop.name, () => {
  const cases: [string, AppointmentDrop, DropOutcome][] = [
    ['moves to the free slot starting at the drop, in the same diary', drop('2026-07-06T09:15:00Z'), { kind: 'move', slot: freeSlots[1] }],
    ['moves to the first slot of the session', drop('2026-07-06T08:00:00Z'), { kind: 'move', slot: freeSlots[0] }],
    ['moves into another registrar’s diary when dropped in their column', drop('2026-07-06T08:30:00Z', BEN), { kind: 'move', slot: freeSlots[3] }],
    ['reads winter times on GMT', drop('2026-12-07T10:15:00Z'), { kind: 'move', slot: freeSlots[4] }],
    ['does nothing when dropped where it already was', drop('2026-07-06T08:30:00Z'), { kind: 'unchanged' }],
    [
      'refuses a time with no free slot, naming the free ones in London time',
      drop('2026-07-06T09:00:00Z'),
      { kind: 'not-free', day: '2026-07-06', time: '10:00', freeTimes: ['09:00', '10:15', '11:30'] },
    ],
    [
      'refuses another registrar’s free time when dropped in this diary',
      drop('2026-07-06T08:30:00Z', AMRIT, { ...birth, startsAt: '2026-07-06T10:30:00Z' }),
      { kind: 'not-free', day: '2026-07-06', time: '09:30', freeTimes: ['09:00', '10:15', '11:30'] },
    ],
    [
      'refuses a day the registrar has no session',
      drop('2026-07-08T09:15:00Z'),
      { kind: 'no-session', day: '2026-07-08', time: '10:15' },
    ],
    [
      'refuses a session that does not take the type',
      drop('2026-07-07T09:15:00Z'),
      { kind: 'no-session', day: '2026-07-07', time: '10:15' },
    ],
    [
      'lists the free times in the column’s diary only',
      drop('2026-07-06T09:15:00Z', BEN),
      { kind: 'not-free', day: '2026-07-06', time: '10:15', freeTimes: ['09:30'] },
    ],
    [
      'counts a drop just after London midnight on the London day',
      drop('2026-07-06T23:30:00Z'),
      { kind: 'no-session', day: '2026-07-07', time: '00:30' },
    ],
  ];

  it.each(cases)('%s', (_, request, outcome) => {
    expect(slotForDrop(request, sessions, freeSlots)).toEqual(outcome);
  });

  it('says no time is free when the day has no free slots at all', () => {
    expect(slotForDrop(drop('2026-07-06T09:00:00Z'), sessions, [])).toEqual({ kind: 'not-free', day: '2026-07-06', time: '10:00', freeTimes: [] });
  });
});

describe(freeTimesQuery.name, () => {
  it('asks for the London day’s free times of the type for moving this appointment, whoever’s column it landed in', () => {
    expect(freeTimesQuery(drop('2026-07-06T09:15:00Z', BEN))).toEqual({ type: 'birth', from: '2026-07-06', days: 1, moving: 'a1' });
    expect(freeTimesQuery(drop('2026-07-06T23:30:00Z'))).toEqual({ type: 'birth', from: '2026-07-07', days: 1, moving: 'a1' });
  });
});

describe(sessionIdOfSlot.name, () => {
  it('reads the session from a slot id', () => {
    expect(sessionIdOfSlot('3f0c-11aa~20260706T0915Z')).toBe('3f0c-11aa');
  });
});
