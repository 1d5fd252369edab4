import { describe, expect, it } from 'vitest';
import { fromLondonDateTimeInput, isCivilDay, londonDayEnd, londonDayStart, londonInstant, londonTimeOf, londonWallClock, toLondonDateTimeInput } from './london';

describe('London days and times', () => {
  it.each([
    ['in summer time (BST)', '2026-07-06', '2026-07-05T23:00:00.000Z', '2026-07-06T22:59:59.999Z'],
    ['in winter (GMT)', '2026-12-07', '2026-12-07T00:00:00.000Z', '2026-12-07T23:59:59.999Z'],
    ['on the day the clocks go forward (23 hours)', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T22:59:59.999Z'],
    ['on the day the clocks go back (25 hours)', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-25T23:59:59.999Z'],
  ])('gives the first and last instants of a London day %s', (_, day, start, end) => {
    expect(londonDayStart(day)).toBe(start);
    expect(londonDayEnd(day)).toBe(end);
  });

  it('reads a day and a time as London’s, in summer and in winter, and tells the time London shows', () => {
    expect(londonInstant('2026-07-06', '09:00').toISOString()).toBe('2026-07-06T08:00:00.000Z');
    expect(londonInstant('2026-12-07', '09:00').toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(londonTimeOf(new Date('2026-07-06T08:15:00Z'))).toBe('09:15');
    expect(londonTimeOf('2026-12-07T08:15:00.000Z')).toBe('08:15');
  });

  it("writes an instant on London's wall clock, in a form that sorts", () => {
    expect(londonWallClock('2026-07-06T08:30:00.000Z')).toBe('2026-07-06 09:30');
    expect(londonWallClock('2026-12-07T08:30:00.000Z')).toBe('2026-12-07 08:30');
    expect(londonWallClock(null)).toBeNull();
  });

  it('shows an instant in a date-and-time field in London time, and reads it back as the same instant', () => {
    expect(toLondonDateTimeInput('2026-07-06T08:45:00.000Z')).toBe('2026-07-06T09:45');
    expect(fromLondonDateTimeInput('2026-07-06T09:45')).toBe('2026-07-06T08:45:00.000Z');
    expect(toLondonDateTimeInput(null)).toBe('');
    expect(fromLondonDateTimeInput('')).toBeNull();
  });

  it.each([
    ['2026-07-06', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-7-6', false],
    ['6 July 2026', false],
    ['', false],
  ])('knows whether %j is a real day written yyyy-mm-dd', (value, real) => {
    expect(isCivilDay(value)).toBe(real);
  });
});
