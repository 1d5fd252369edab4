import { parseCivilDate } from '@regflow/calendar';
import { instantMillis } from '../instants';
import { civilDayNumber, parseZonedInstant } from './civil-time';

describe('parseZonedInstant', () => {
  it.each([
    '2022-06-30T23:30:00Z',
    '2022-06-30T23:30:00.123Z',
    '2022-06-30T23:30:00.1234567Z',
    '2022-06-30T23:30Z',
    '2022-07-01T00:30:00+01:00',
    '2022-07-01T00:30:00+0100',
    '2022-06-30T18:30:00-05:00',
    '2022-07-01T05:00:00+05:30',
    '2022-03-27T01:00:00z',
    '2024-02-29T12:00:00Z',
    '20220630T233000Z',
    '2022-06-30t23:30:00.5Z',
    '2022-06-30T23:30:00.987654321-05:30',
    '2022-06-30T23:30:00-0530',
    '2022-12-31T23:59:59.999+14:00',
  ])('reads %s as luxon does', (text) => {
    expect(parseZonedInstant(text)).toBe(instantMillis(text));
  });

  it('reads a thousand generated instants as luxon does', () => {
    let seed = 7;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    for (let count = 0; count < 1000; count += 1) {
      const day = new Date(Date.UTC(2000 + next(40), 0, 1) + next(366) * 86_400_000).toISOString().slice(0, 10);
      const time = `${pad(next(24))}:${pad(next(60))}${next(2) ? `:${pad(next(60))}` : ''}`;
      const fraction = time.length > 5 && next(2) ? `.${String(next(1_000_000_000)).slice(0, 1 + next(9))}` : '';
      const offset = next(3) === 0 ? 'Z' : `${next(2) ? '+' : '-'}${pad(next(15))}${next(2) ? ':' : ''}${pad(next(4) * 15)}`;
      const text = `${day}T${time}${fraction}${offset}`;
      expect([text, parseZonedInstant(text)]).toEqual([text, instantMillis(text)]);
    }
  });

  it.each([
    ['no offset', '2022-06-30T23:30:00'],
    ['a date only', '2022-06-30'],
    ['a day that does not exist', '2022-02-30T10:00:00Z'],
    ['a 29 February outside a leap year', '2023-02-29T10:00:00Z'],
    ['an hour out of range', '2022-06-30T25:00:00Z'],
    ['a minute out of range', '2022-06-30T23:60:00Z'],
    ['a space for the T', '2022-06-30 23:30:00Z'],
    ['a British date', '30/06/2022 23:30'],
    ['nothing', ''],
    ['a dot with no fraction', '2022-06-30T23:30:00.Z'],
    ['text after the offset', '2022-06-30T23:30:00Z!'],
    ['an offset with one minute digit', '2022-06-30T23:30:00+01:0'],
    ['a cut-off second', '2022-06-30T23:30:5'],
    ['a cut-off offset', '2022-06-30T23:30:00+01'],
    ['a cut-off time', '2022-06-30T2'],
  ])('refuses %s: %j', (_case, text) => {
    expect(parseZonedInstant(text)).toBeNull();
  });
});

describe('civilDayNumber', () => {
  it.each(['1970-01-01', '2022-06-03', '2024-02-29', '2000-02-29', '0999-12-31'])('counts %s as luxon does', (day) => {
    expect(civilDayNumber(day)).toBe(parseCivilDate(day).toMillis() / 86_400_000);
  });

  it.each(['2021-02-29', '1900-02-29', '2022-13-01', '2022-04-31', '2022-6-3', '03/06/2022', ''])('refuses %j', (day) => {
    expect(civilDayNumber(day)).toBeNull();
  });
});
