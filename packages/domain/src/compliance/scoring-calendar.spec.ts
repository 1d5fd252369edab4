import { CalendarError, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { DateTime } from 'luxon';
import { DEFAULT_APPOINTMENT_TYPES } from '../appointment-types';
import { targetDeadline } from '../targets';
import { ScoringCalendar } from './scoring-calendar';

describe(ScoringCalendar.name, () => {
  describe('serviceDay agrees with @regflow/calendar', () => {
    it.each([
      ['a summer request at 23:30Z is the next London day', '2022-06-30T23:30:00Z', '2022-07-01'],
      ['a summer request at 22:59Z stays on its day', '2022-06-30T22:59:59Z', '2022-06-30'],
      ['a winter request at 23:30Z stays on its day', '2021-12-01T23:30:00Z', '2021-12-01'],
      ['the last minute before clocks go forward', '2022-03-27T00:59:59Z', '2022-03-27'],
      ['the first minute of summer time', '2022-03-27T01:00:00Z', '2022-03-27'],
      ['the evening clocks go back, still summer time', '2022-10-29T23:30:00Z', '2022-10-30'],
      ['the evening after clocks go back', '2022-10-30T23:30:00Z', '2022-10-30'],
      ['a London offset written out', '2022-07-01T00:30:00+01:00', '2022-07-01'],
      ['a far offset', '2022-07-01T03:00:00+05:30', '2022-06-30'],
    ])('%s: %s is %s', (_case, instant, expected) => {
      const calendar = new ScoringCalendar();
      expect([calendar.serviceDay(instant), serviceDay(instant)]).toEqual([expected, expected]);
    });

    it('gives the same day around both 2022 clock changes and through the year, a second reading coming from the cache', () => {
      const every = (from: string, days: number, minutes: number) =>
        Array.from({ length: (days * 24 * 60) / minutes }, (_, step) => new Date(Date.parse(from) + step * minutes * 60_000).toISOString());
      const instants = [...every('2022-03-25T00:00:00Z', 4, 15), ...every('2022-10-28T00:00:00Z', 4, 15), ...every('2022-01-01T00:00:00Z', 365, 7 * 60)];
      const calendar = new ScoringCalendar();
      const expected = instants.map((instant) => serviceDay(instant));
      expect(instants.map((instant) => calendar.serviceDay(instant))).toEqual(expected);
      expect(instants.map((instant) => calendar.serviceDay(instant))).toEqual(expected);
    });

    it('reads Dates and luxon DateTimes', () => {
      const calendar = new ScoringCalendar();
      expect(calendar.serviceDay(new Date('2022-06-30T23:30:00Z'))).toBe('2022-07-01');
      expect(calendar.serviceDay(DateTime.fromISO('2022-06-30T23:30:00Z'))).toBe('2022-07-01');
    });

    it.each(['2022-06-30T23:30:00', 'yesterday'])('refuses %j', (instant) => {
      expect(() => new ScoringCalendar().serviceDay(instant)).toThrow(CalendarError);
      expect(() => new ScoringCalendar().serviceDay(instant)).toThrow(/write ISO 8601 with Z or an offset/);
    });
  });

  describe('targetDeadline agrees with the uncached rule', () => {
    it.each<[string, AppointmentTypeCode, string, string | undefined, string[] | undefined, string]>([
      ['a Saturday death request', 'death', '2022-07-02T11:00:00Z', undefined, undefined, '2022-07-05'],
      ['a death the day before the 2022 jubilee holidays', 'death', '2022-06-01T10:00:00Z', undefined, undefined, '2022-06-07'],
      ['a death the Friday before the state funeral (19 September 2022)', 'death', '2022-09-16T10:00:00Z', undefined, undefined, '2022-09-21'],
      ['a birth requested at 23:30Z on Thursday 30 June 2022', 'birth', '2022-06-30T23:30:00Z', undefined, undefined, '2022-07-08'],
      ['a still-birth whose paperwork arrives two days after the request', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', undefined, '2022-07-08'],
      ['a notice across the jubilee', 'notice', '2022-05-30T10:00:00Z', undefined, undefined, '2022-06-15'],
      ['a birth with a closure on the Thursday', 'birth', '2022-07-06T10:00:00Z', undefined, ['2022-07-07'], '2022-07-14'],
    ])('%s', (_case, typeCode, requestedAt, paperworkReadyAt, closures, expected) => {
      const calendar = new ScoringCalendar(closures);
      const clock = { typeCode, requestedAt, paperworkReadyAt, targetWorkingDays: DEFAULT_APPOINTMENT_TYPES[typeCode].targetWorkingDays };
      expect(calendar.targetDeadline(clock)).toBe(expected);
      expect(calendar.targetDeadline(clock)).toBe(targetDeadline({ ...clock, closures }));
    });

    it('keys the cache on the paperwork day and the target too: requests made the same day', () => {
      const calendar = new ScoringCalendar();
      const requestedAt = '2022-07-04T09:00:00Z';
      expect(calendar.targetDeadline({ typeCode: 'still-birth', requestedAt, paperworkReadyAt: null, targetWorkingDays: 2 })).toBe('2022-07-06');
      expect(calendar.targetDeadline({ typeCode: 'still-birth', requestedAt, paperworkReadyAt: '2022-07-06T10:00:00Z', targetWorkingDays: 2 })).toBe('2022-07-08');
      expect(calendar.targetDeadline({ typeCode: 'death', requestedAt, targetWorkingDays: 2 })).toBe('2022-07-06');
      expect(calendar.targetDeadline({ typeCode: 'birth', requestedAt, targetWorkingDays: 5 })).toBe('2022-07-11');
      expect(calendar.targetDeadline({ typeCode: 'birth', requestedAt, targetWorkingDays: 3 })).toBe('2022-07-07');
    });
  });

  describe('calendarDaysBetween', () => {
    it.each([
      ['2021-12-01', '2021-12-06', 5],
      ['2021-12-24', '2021-12-30', 6],
      ['2022-02-26', '2022-03-03', 5],
      ['2024-02-26', '2024-03-03', 6],
      ['2022-03-25', '2022-03-25', 0],
    ])('%s to %s is %i days', (from, to, expected) => {
      expect(new ScoringCalendar().calendarDaysBetween(from, to)).toBe(expected);
    });

    it('refuses a date that does not exist', () => {
      expect(() => new ScoringCalendar().calendarDaysBetween('2022-02-30', '2022-03-03')).toThrow(/"2022-02-30" is not a calendar date/);
    });
  });
});
