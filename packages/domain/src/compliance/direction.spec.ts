import { directionOfTravel } from './direction';

describe('directionOfTravel', () => {
  it.each([
    ['the same figure', 80.0, 80.0, undefined, 'No Noticeable Change'],
    ['up 1.0 point', 81.0, 80.0, undefined, 'No Noticeable Change'],
    ['up 1.1 points', 81.1, 80.0, undefined, 'Improving'],
    ['down 1.0 point', 79.0, 80.0, undefined, 'No Noticeable Change'],
    ['down 1.1 points', 78.9, 80.0, undefined, 'Deteriorating'],
    ['up 1.0 point, though 8.3 − 7.3 is 1.0000000000000009 in floating point', 8.3, 7.3, undefined, 'No Noticeable Change'],
    ['down 1.0 point, though 7.3 − 8.3 is −1.0000000000000009 in floating point', 7.3, 8.3, undefined, 'No Noticeable Change'],
    ['December 2021 against September 2021 deaths', 80.1, 74.3, undefined, 'Improving'],
    ['March 2022 against February 2022 deaths', 77.4, 82.3, undefined, 'Deteriorating'],
    ['up 2.0 points with a 2-point threshold', 82.0, 80.0, 2, 'No Noticeable Change'],
    ['up 2.1 points with a 2-point threshold', 82.1, 80.0, 2, 'Improving'],
    ['up 0.1 point with no threshold', 80.1, 80.0, 0, 'Improving'],
    ['unchanged with no threshold', 80.0, 80.0, 0, 'No Noticeable Change'],
  ])('%s: %s', (_case, current, previous, noticeableChange, expected) => {
    expect(directionOfTravel({ current, previous, sense: 'better-when-higher', noticeableChange })).toBe(expected);
  });

  it.each([
    ['no previous figure', 80, null, 'better-when-higher', 'No Previous Figure'],
    ['no current figure', null, 80, 'better-when-higher', 'No Current Figure'],
    ['a count (ceremonies): more is demand, not performance', 212, 124, 'not-applicable', 'N/A'],
    ['a count with no previous figure', 212, null, 'not-applicable', 'N/A'],
  ] as const)('%s: %s', (_case, current, previous, sense, expected) => {
    expect(directionOfTravel({ current, previous, sense })).toBe(expected);
  });

  it('refuses a negative threshold', () => {
    expect(() => directionOfTravel({ current: 1, previous: 2, sense: 'better-when-higher', noticeableChange: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-thresholds' }),
    );
  });
});
