import { describe, expect, it } from 'vitest';
import { inBrowserZone } from '../test/environment';
import { diaryRange, londonLocalizer, stepDay, visibleHours } from './london-calendar';

// A laptop set to California: a localizer that read Dates in the browser's zone would be 8 hours out.
inBrowserZone('America/Los_Angeles');

const utc = (iso: string) => new Date(iso);

/** react-big-calendar's week views ask for the start of a 'week', a unit its type declarations leave out. */
const startOfWeek = (date: Date) => (londonLocalizer.startOf as (date: Date, unit: string) => Date)(date, 'week');

describe('londonLocalizer', () => {
  it('runs in a browser zone other than London', () => {
    expect(utc('2026-07-06T08:00:00Z').getHours()).toBe(1);
  });

  it.each([
    ['a summer night just after midnight in London', '2026-07-05T23:30:00Z', '2026-07-05T23:00:00.000Z'],
    ['a winter evening', '2026-12-07T20:00:00Z', '2026-12-07T00:00:00.000Z'],
    ['the day the clocks go forward', '2026-03-29T12:00:00Z', '2026-03-29T00:00:00.000Z'],
    ['the day the clocks go back', '2026-10-25T12:00:00Z', '2026-10-24T23:00:00.000Z'],
  ])('starts the day at London midnight on %s', (_, instant, midnight) => {
    expect(londonLocalizer.startOf(utc(instant), 'day').toISOString()).toBe(midnight);
  });

  it('starts the week on Monday in London', () => {
    expect(startOfWeek(utc('2026-07-12T22:30:00Z')).toISOString()).toBe('2026-07-05T23:00:00.000Z');
  });

  it.each([
    ['a summer day', '2026-07-06T11:00:00Z', '2026-07-06T08:00:00.000Z'],
    ['the day the clocks go forward', '2026-03-29T11:00:00Z', '2026-03-29T08:00:00.000Z'],
    ['the day the clocks go back', '2026-10-25T11:00:00Z', '2026-10-25T09:00:00.000Z'],
  ])('puts the 09:00 slot at 09:00 on London clocks on %s', (_, day, nine) => {
    expect(londonLocalizer.getSlotDate(utc(day), 9 * 60, 0).toISOString()).toBe(nine);
  });

  it('writes times as London shows them', () => {
    expect(londonLocalizer.format(utc('2026-07-06T08:30:00Z'), 'HH:mm', 'en-GB')).toBe('09:30');
    expect(londonLocalizer.format(utc('2026-07-05T23:30:00Z'), 'cccc d MMMM', 'en-GB')).toBe('Monday 6 July');
  });
});

describe(diaryRange.name, () => {
  it.each([
    ['2026-07-08', 'week', { from: '2026-07-06', to: '2026-07-12' }],
    ['2026-07-12', 'week', { from: '2026-07-06', to: '2026-07-12' }],
    ['2026-07-06', 'week', { from: '2026-07-06', to: '2026-07-12' }],
    ['2026-03-31', 'week', { from: '2026-03-30', to: '2026-04-05' }],
    ['2026-07-08', 'day', { from: '2026-07-08', to: '2026-07-08' }],
  ] as const)('shows %s in the %s view as %o', (day, view, range) => {
    expect(diaryRange(day, view)).toEqual(range);
  });

  it('steps a day in the day view and a week in the week view', () => {
    expect(stepDay('2026-03-28', 'day', 1)).toBe('2026-03-29');
    expect(stepDay('2026-03-31', 'week', -1)).toBe('2026-03-24');
  });
});

describe(visibleHours.name, () => {
  it.each([
    [[], { from: '08:00', to: '18:00' }],
    [['09:00', '12:30', '13:30', '17:00'], { from: '08:00', to: '18:00' }],
    [['07:30', '12:00'], { from: '07:00', to: '18:00' }],
    [['14:00', '19:15'], { from: '08:00', to: '20:00' }],
    [['18:00', '21:00'], { from: '08:00', to: '21:00' }],
    [['20:00', '23:30'], { from: '08:00', to: '23:59' }],
  ])('fits working hours around %o', (times, hours) => {
    expect(visibleHours(times)).toEqual(hours);
  });
});
