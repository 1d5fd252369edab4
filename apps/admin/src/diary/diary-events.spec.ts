import { describe, expect, it } from 'vitest';
import { diaryEvents, sessionAround } from './diary-events';
import { AMRIT } from '../test/builders';
import { aBlock, anAppointment, aSession } from './diary.fixtures';

describe(diaryEvents.name, () => {
  const officeNames = new Map([['office-worcester', 'Worcester']]);

  it('puts sessions behind, at their London wall-clock hours, named by office or as telephone', () => {
    const { backgroundEvents } = diaryEvents({
      sessions: [aSession(), aSession({ id: 'session-phone', officeId: null, day: '2026-12-07' })],
      blocks: [],
      appointments: [],
      officeNames,
    });

    expect(backgroundEvents.map(({ start, end, officeName }) => [start.toISOString(), end.toISOString(), officeName])).toEqual([
      ['2026-07-06T08:00:00.000Z', '2026-07-06T11:30:00.000Z', 'Worcester'],
      ['2026-12-07T09:00:00.000Z', '2026-12-07T12:30:00.000Z', null],
    ]);
  });

  it('puts appointments earliest first, and leaves out blocks whose session is not shown', () => {
    const { events } = diaryEvents({
      sessions: [aSession()],
      blocks: [aBlock(), aBlock({ id: 'block-elsewhere', sessionId: 'session-hidden' })],
      appointments: [anAppointment({ id: 'later', startsAt: '2026-07-06T09:00:00Z', endsAt: '2026-07-06T09:30:00Z' }), anAppointment()],
      officeNames,
    });

    expect(events.map(({ kind, id }) => `${kind} ${id}`)).toEqual(['appointment appointment-1', 'appointment later', 'block block-mon']);
  });
});

describe(sessionAround.name, () => {
  const sessions = [aSession(), aSession({ id: 'session-ben', registrarId: 'staff-ben' })];

  it.each([
    ['inside the registrar’s session', { day: '2026-07-06', startTime: '10:00', endTime: '11:00', registrarId: AMRIT.id }, 'session-mon'],
    ['on the session’s edges', { day: '2026-07-06', startTime: '09:00', endTime: '12:30', registrarId: AMRIT.id }, 'session-mon'],
    ['running past its end', { day: '2026-07-06', startTime: '12:00', endTime: '13:00', registrarId: AMRIT.id }, undefined],
    ['on another day', { day: '2026-07-07', startTime: '10:00', endTime: '11:00', registrarId: AMRIT.id }, undefined],
    ['in two registrars’ sessions with no registrar known', { day: '2026-07-06', startTime: '10:00', endTime: '11:00' }, undefined],
  ])('finds the session around a selection %s', (_, selected, sessionId) => {
    expect(sessionAround(sessions, selected)?.id).toBe(sessionId);
  });
});
