import { formatFigure, percentToOneDecimal } from './figures';

describe('percentToOneDecimal', () => {
  it.each([
    ['December 2021 deaths within 5 days', 342, 427, 80.1],
    ['March 2022 deaths within 5 days', 295, 381, 77.4],
    ['a third', 1, 3, 33.3],
    ['two thirds', 2, 3, 66.7],
    ['exactly half way between tenths rounds up', 1899, 2000, 95],
    ['just under 95', 1898, 2000, 94.9],
    ['all', 12, 12, 100],
    ['none', 0, 12, 0],
  ])('%s: %i of %i is %d', (_case, numerator, denominator, expected) => {
    expect(percentToOneDecimal(numerator, denominator)).toBe(expected);
  });

  it('has no figure without a denominator', () => {
    expect(percentToOneDecimal(0, 0)).toBeNull();
  });
});

describe('formatFigure', () => {
  it.each([
    [80.1, 'percent', '80.1%'],
    [100, 'percent', '100.0%'],
    [0, 'percent', '0.0%'],
    [94.96, 'percent', '95.0%'],
    [1952, 'count', '1,952'],
    [124, 'count', '124'],
    [1000000, 'count', '1,000,000'],
  ] as const)('%d as a %s is %s', (value, unit, expected) => {
    expect(formatFigure(value, unit)).toBe(expected);
  });
});
