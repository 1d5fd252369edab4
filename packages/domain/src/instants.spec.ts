import { DateTime } from 'luxon';
import { DomainError } from './domain.errors';
import { formatUtcInstant, instantMillis } from './instants';

describe('formatUtcInstant', () => {
  it.each<[string, string | Date | DateTime | number, string]>([
    ['UTC stays as written', '2022-07-04T08:00:00Z', '2022-07-04T08:00:00Z'],
    ['a summer-time offset', '2022-07-04T09:00:00+01:00', '2022-07-04T08:00:00Z'],
    ['milliseconds of zero are dropped', '2022-07-04T08:00:00.000Z', '2022-07-04T08:00:00Z'],
    ['other milliseconds are kept', '2022-07-04T08:00:00.250Z', '2022-07-04T08:00:00.250Z'],
    ['a Date', new Date('2022-12-31T23:30:00Z'), '2022-12-31T23:30:00Z'],
    ['a luxon DateTime in London', DateTime.fromISO('2022-03-28T09:00', { zone: 'Europe/London' }), '2022-03-28T08:00:00Z'],
    ['epoch milliseconds', Date.UTC(2022, 9, 31, 9), '2022-10-31T09:00:00Z'],
  ])('%s', (_case, instant, expected) => {
    expect(formatUtcInstant(instant)).toBe(expected);
  });

  it.each<[string, string | number]>([
    ['no offset', '2022-07-04T08:00:00'],
    ['a date only', '2022-07-04'],
    ['an impossible date', '2022-02-30T08:00:00Z'],
    ['not a number', Number.NaN],
  ])('refuses %s', (_case, instant) => {
    expect(() => formatUtcInstant(instant)).toThrow(DomainError);
  });
});

describe('instantMillis', () => {
  it('reads ISO text with an offset, Dates and DateTimes as the same instant', () => {
    const millis = Date.UTC(2022, 5, 30, 23, 30);
    expect(instantMillis('2022-06-30T23:30:00Z')).toBe(millis);
    expect(instantMillis('2022-07-01T00:30:00+01:00')).toBe(millis);
    expect(instantMillis(new Date(millis))).toBe(millis);
    expect(instantMillis(DateTime.fromMillis(millis))).toBe(millis);
  });
});
