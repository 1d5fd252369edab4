import { isTimeRange, isWallClock } from './wall-clock';

describe('isWallClock', () => {
  it.each([
    ['00:00', true],
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['09:60', false],
    ['09:30:00', false],
    [930, false],
  ])('%s is %s', (value, expected) => {
    expect(isWallClock(value)).toBe(expected);
  });
});

describe('isTimeRange', () => {
  it.each([
    [['09:00', '17:00'], true],
    [['17:00', '09:00'], false],
    [['09:00', '09:00'], false],
    [['09:00'], false],
    [['09:00', '25:00'], false],
    ['09:00-17:00', false],
  ])('%j is %s', (value, expected) => {
    expect(isTimeRange(value)).toBe(expected);
  });
});
