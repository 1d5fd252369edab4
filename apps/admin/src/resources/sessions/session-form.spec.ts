import { describe, expect, it } from 'vitest';
import { sessionRepresentation, toSaveSessionRequest, validateWallClockRange } from './session-form';

describe(toSaveSessionRequest.name, () => {
  it('sends only what the API takes, keeping a telephone session’s null office', () => {
    const record = { id: 's1', templateId: null, registrarId: 'r1', officeId: null, day: '2026-07-06', startTime: '09:00', endTime: '12:30', acceptedTypes: ['death'] as const };

    expect(toSaveSessionRequest(record)).toEqual({ registrarId: 'r1', officeId: null, day: '2026-07-06', startTime: '09:00', endTime: '12:30', acceptedTypes: ['death'] });
  });
});

describe(validateWallClockRange.name, () => {
  it.each([
    [{ startTime: '09:00', endTime: '12:30' }, {}],
    [{ startTime: '09:00', endTime: '09:00' }, { endTime: 'regflow.diary.form.ends_before_start' }],
    [{ startTime: '13:00', endTime: '09:30' }, { endTime: 'regflow.diary.form.ends_before_start' }],
    [{ startTime: '09:00' }, {}],
  ])('checks %o', (values, errors) => {
    expect(validateWallClockRange(values)).toEqual(errors);
  });
});

describe(sessionRepresentation.name, () => {
  it('names a session by its day and hours', () => {
    expect(sessionRepresentation({ day: '2026-07-06', startTime: '09:00', endTime: '12:30' })).toBe('Mon 6 Jul 09:00–12:30');
  });
});
