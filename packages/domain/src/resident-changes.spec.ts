import { changeableUntil, formatNotice, isChangeableOnline } from './resident-changes';

describe('changeableUntil', () => {
  it.each<[string, string, number, string]>([
    ['a day’s notice', '2022-07-05T08:00:00Z', 1440, '2022-07-04T08:00:00.000Z'],
    ['an hour’s notice', '2022-07-04T08:00:00Z', 60, '2022-07-04T07:00:00.000Z'],
    ['no notice: until it starts', '2022-07-04T08:00:00Z', 0, '2022-07-04T08:00:00.000Z'],
    ['across the spring clock change (instants, not wall clock)', '2022-03-27T09:00:00Z', 1440, '2022-03-26T09:00:00.000Z'],
    ['across the autumn clock change', '2022-10-30T09:00:00Z', 1440, '2022-10-29T09:00:00.000Z'],
  ])('%s: %s less %i minutes is %s', (_case, startsAt, notice, expected) => {
    expect(changeableUntil(startsAt, notice).toISOString()).toBe(expected);
  });
});

describe('isChangeableOnline', () => {
  const startsAt = '2022-07-05T08:00:00Z';

  it.each<[string, string, boolean]>([
    ['a minute before the notice begins', '2022-07-04T07:59:00Z', true],
    ['at the last moment', '2022-07-04T08:00:00Z', true],
    ['a minute inside the notice', '2022-07-04T08:01:00Z', false],
    ['after the appointment started', '2022-07-05T08:30:00Z', false],
  ])('%s (%s): %p', (_case, now, expected) => {
    expect(isChangeableOnline(startsAt, 1440, now)).toBe(expected);
  });
});

describe('formatNotice', () => {
  it.each<[number, string]>([
    [1440, '24 hours'],
    [60, '1 hour'],
    [120, '2 hours'],
    [90, '90 minutes'],
    [1, '1 minute'],
    [0, '0 minutes'],
  ])('%i minutes reads "%s"', (minutes, expected) => {
    expect(formatNotice(minutes)).toBe(expected);
  });
});
