import type { StaffRole } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { anAlert, anAppointment } from './test-builders';
import { defaultRegistrarId, marksFor, openAlertsFirst, todaysList } from './today-list';

describe(marksFor.name, () => {
  it.each([
    ['booked', ['attended', 'did-not-attend', 'registered']],
    ['attended', ['registered']],
    ['registered', []],
    ['did-not-attend', []],
    ['cancelled', []],
  ] as const)('offers a %s appointment %j', (status, marks) => {
    expect(marksFor(status)).toEqual(marks);
  });
});

describe(todaysList.name, () => {
  it('puts the day in time order and leaves out the cancelled', () => {
    const late = anAppointment({ id: 'late', startsAt: '2026-12-07T14:00:00.000Z' });
    const cancelled = anAppointment({ id: 'cancelled', startsAt: '2026-12-07T09:00:00.000Z', status: 'cancelled' });
    const early = anAppointment({ id: 'early', startsAt: '2026-12-07T09:30:00.000Z', status: 'did-not-attend' });

    expect(todaysList([late, cancelled, early]).map((appointment) => appointment.id)).toEqual(['early', 'late']);
  });
});

describe(openAlertsFirst.name, () => {
  it('puts day-4 death warnings first, oldest first, and drops resolved alerts', () => {
    const other = anAlert({ id: 'other', kind: 'message-gave-up', raisedAt: '2026-12-01T08:00:00.000Z' });
    const newerDeath = anAlert({ id: 'newer-death', raisedAt: '2026-12-07T07:00:00.000Z' });
    const olderDeath = anAlert({ id: 'older-death', raisedAt: '2026-12-06T07:00:00.000Z' });
    const resolved = anAlert({ id: 'resolved', resolvedAt: '2026-12-07T08:00:00.000Z' });

    expect(openAlertsFirst([other, newerDeath, resolved, olderDeath]).map((alert) => alert.id)).toEqual(['older-death', 'newer-death', 'other']);
  });
});

describe(defaultRegistrarId.name, () => {
  it.each<[string, readonly StaffRole[], string | null]>([
    ['a registrar: their own diary', ['registrar'], 'staff-1'],
    ['a superintendent registrar: their own diary', ['superintendent-registrar'], 'staff-1'],
    ['a manager who also registers: their own diary first', ['manager', 'registrar'], 'staff-1'],
    ['a manager: every diary', ['manager'], null],
    ['an admin: every diary', ['admin'], null],
  ])('opens %s', (_case, roles, expected) => {
    expect(defaultRegistrarId(roles, 'staff-1')).toBe(expected);
  });
});
