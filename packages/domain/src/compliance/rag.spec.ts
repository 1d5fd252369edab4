import { APPOINTMENT_THRESHOLDS, DEATHS_REGISTERED_THRESHOLDS } from './indicators';
import { ragStatus } from './rag';

describe('ragStatus', () => {
  it.each([
    ['appointments', 100, APPOINTMENT_THRESHOLDS, 'Green'],
    ['appointments', 95.0, APPOINTMENT_THRESHOLDS, 'Green'],
    ['appointments', 94.9, APPOINTMENT_THRESHOLDS, 'Amber'],
    ['appointments', 90.0, APPOINTMENT_THRESHOLDS, 'Amber'],
    ['appointments', 89.9, APPOINTMENT_THRESHOLDS, 'Red'],
    ['appointments', 0, APPOINTMENT_THRESHOLDS, 'Red'],
    ['appointments, 94.96 shown as 95.0', 94.96, APPOINTMENT_THRESHOLDS, 'Green'],
    ['appointments, 89.94 shown as 89.9', 89.94, APPOINTMENT_THRESHOLDS, 'Red'],
    ['deaths within 5 days', 90.0, DEATHS_REGISTERED_THRESHOLDS, 'Green'],
    ['deaths within 5 days', 89.9, DEATHS_REGISTERED_THRESHOLDS, 'Amber'],
    ['deaths within 5 days', 85.0, DEATHS_REGISTERED_THRESHOLDS, 'Amber'],
    ['deaths within 5 days', 84.9, DEATHS_REGISTERED_THRESHOLDS, 'Red'],
    ['deaths within 5 days, December 2021', 80.1, DEATHS_REGISTERED_THRESHOLDS, 'Red'],
    ['a manager’s target with no amber band', 79.9, { target: 80, amberFrom: 80 }, 'Red'],
    ['a manager’s target with no amber band', 80, { target: 80, amberFrom: 80 }, 'Green'],
  ])('%s: %d is %s', (_case, value, thresholds, expected) => {
    expect(ragStatus(value, thresholds)).toBe(expected);
  });

  it.each([
    ['no target (ceremony counts)', 124, null],
    ['no figure', null, APPOINTMENT_THRESHOLDS],
  ])('%s: No Status', (_case, value, thresholds) => {
    expect(ragStatus(value, thresholds)).toBe('No Status');
  });

  it.each([
    [{ target: 90, amberFrom: 95 }],
    [{ target: Number.NaN, amberFrom: 85 }],
  ])('refuses the tolerance %j', (thresholds) => {
    expect(() => ragStatus(50, thresholds)).toThrow(expect.objectContaining({ code: 'invalid-thresholds' }));
    expect(() => ragStatus(50, thresholds)).toThrow(/amber at or below the target/);
  });
});
