import type { SlotResponse } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { slotsByDay } from './slot-days';

function slot(sessionId: string, officeId: string | null, startsAt: string): SlotResponse {
  const compact = startsAt.replace(/[-:]/g, '').slice(0, 13);
  return { id: `${sessionId}~${compact}Z`, officeId, mode: officeId === null ? 'telephone' : 'face-to-face', startsAt, endsAt: startsAt };
}

describe(slotsByDay.name, () => {
  it('groups free times by London day, then by place, each in time order', () => {
    const grouped = slotsByDay([
      slot('s-tel', null, '2026-12-08T10:00:00.000Z'),
      slot('s-chel', 'chel', '2026-12-08T09:30:00.000Z'),
      slot('s-chel', 'chel', '2026-12-08T09:00:00.000Z'),
      slot('s-glos', 'glos', '2026-12-09T09:00:00.000Z'),
    ]);

    expect(grouped.map(({ day, count, places }) => ({ day, count, places: places.map((place) => [place.officeId, place.slots.map((free) => free.startsAt.slice(11, 16))]) }))).toEqual([
      { day: '2026-12-08', count: 3, places: [['chel', ['09:00', '09:30']], [null, ['10:00']]] },
      { day: '2026-12-09', count: 1, places: [['glos', ['09:00']]] },
    ]);
  });

  it("puts a time on London's day, not UTC's", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(slotsByDay([slot('s', 'chel', '2026-06-30T23:30:00.000Z')])[0]?.day).toBe('2026-07-01');
  });

  it('offers one time where two registrars are free at the same time and place', () => {
    const [day] = slotsByDay([slot('s-amrit', 'chel', '2026-12-08T09:00:00.000Z'), slot('s-rhian', 'chel', '2026-12-08T09:00:00.000Z')]);

    expect(day?.count).toBe(1);
    expect(day?.places[0]?.slots[0]?.id).toBe('s-amrit~20261208T0900Z');
  });

  it('has no days without free times', () => {
    expect(slotsByDay([])).toEqual([]);
  });
});
