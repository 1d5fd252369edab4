import { DateTime } from 'luxon';
import { CalendarError } from './calendar.errors';
import { londonInstant, serviceDay, wallClockOf } from './service-day';

describe('serviceDay', () => {
  it.each([
    ['a request late on 30 June in summer time belongs to 1 July (DOMAIN.md)', '2022-06-30T23:30:00Z', '2022-07-01'],
    ['one second before London midnight in summer time', '2022-07-01T22:59:59Z', '2022-07-01'],
    ['London midnight in summer time', '2022-07-01T23:00:00Z', '2022-07-02'],
    ['late on New Year’s Eve in winter time stays on the same day', '2022-12-31T23:30:00Z', '2022-12-31'],
    ['UTC midnight in winter time', '2023-01-01T00:00:00Z', '2023-01-01'],
    ['the night before clocks go forward, still GMT', '2022-03-26T23:59:59Z', '2022-03-26'],
    ['clocks-forward Sunday, one second before 01:00 GMT', '2022-03-27T00:59:59Z', '2022-03-27'],
    ['clocks-forward Sunday, 02:00 BST', '2022-03-27T01:00:00Z', '2022-03-27'],
    ['clocks-forward Sunday, late evening BST', '2022-03-27T23:30:00Z', '2022-03-28'],
    ['the eve of clocks going back, 23:59 BST', '2022-10-29T22:59:59Z', '2022-10-29'],
    ['clocks-back Sunday, 00:00 BST', '2022-10-29T23:00:00Z', '2022-10-30'],
    ['clocks-back Sunday, the repeated 01:30 hour in GMT', '2022-10-30T01:30:00Z', '2022-10-30'],
    ['clocks-back Sunday, late evening GMT', '2022-10-30T23:30:00Z', '2022-10-30'],
    ['an offset other than UTC', '2022-07-01T00:30:00+02:00', '2022-06-30'],
  ])('%s: %s is %s', (_case, instant, expected) => {
    expect(serviceDay(instant)).toBe(expected);
  });

  it('accepts a Date and a luxon DateTime for the same instant', () => {
    const instant = '2022-06-30T23:30:00Z';
    expect(serviceDay(new Date(instant))).toBe('2022-07-01');
    expect(serviceDay(DateTime.fromISO(instant))).toBe('2022-07-01');
  });

  it.each(['2022-06-30T23:30:00', '2022-06-30', 'yesterday', '2022-02-30T10:00:00Z'])(
    'refuses %s, which is not an instant with an offset',
    (text) => {
      expect(() => serviceDay(text)).toThrow(CalendarError);
    },
  );
});

describe('londonInstant and wallClockOf', () => {
  it.each([
    ['2022-01-10', '09:00', '2022-01-10T09:00:00.000Z'],
    ['2022-07-04', '09:00', '2022-07-04T08:00:00.000Z'],
    ['2022-03-27', '00:30', '2022-03-27T00:30:00.000Z'],
    ['2022-03-27', '03:00', '2022-03-27T02:00:00.000Z'],
    ['2022-10-30', '00:30', '2022-10-29T23:30:00.000Z'],
    ['2022-10-30', '09:00', '2022-10-30T09:00:00.000Z'],
  ])('reads %s %s in London as %s, and back', (day, time, iso) => {
    expect(londonInstant(day, time).toISOString()).toBe(iso);
    expect(wallClockOf(iso)).toBe(time);
    expect(serviceDay(iso)).toBe(day);
  });

  it('refuses an impossible date', () => {
    expect(() => londonInstant('2022-02-30', '09:00')).toThrow(/not a London date and time/);
  });
});
