import { compareWithSameMonths } from './comparisons';

describe('compareWithSameMonths', () => {
  it('words the reference report’s December 2021 deaths: 427 against the 2017–2019 average of 306', () => {
    // Three Decembers whose mean is 305.67, printed as 306; 427 is 39.7% above the unrounded mean.
    expect(compareWithSameMonths(427, 'December', [{ year: 2017, value: 300 }, { year: 2018, value: 310 }, { year: 2019, value: 307 }])).toEqual({
      value: 427,
      average: 306,
      percentChange: 39.7,
      sentence: '39.7% above the 2017–2019 December average of 306',
    });
  });

  it.each([
    ['below', 124, [{ year: 2018, value: 126 }], -1.6, '1.6% below the 2018 March average of 126'],
    ['level', 200, [{ year: 2019, value: 150 }, { year: 2018, value: 250 }], 0, 'the same as the 2018–2019 March average of 200'],
  ] as const)('says %s', (_case, value, earlier, percentChange, sentence) => {
    expect(compareWithSameMonths(value, 'March', earlier)).toMatchObject({ percentChange, sentence });
  });

  it('has nothing to compare with no earlier years, or an average of nought', () => {
    expect(compareWithSameMonths(12, 'May', [])).toEqual({ value: 12, average: null, percentChange: null, sentence: null });
    expect(compareWithSameMonths(12, 'May', [{ year: 2020, value: 0 }])).toMatchObject({ average: 0, percentChange: null, sentence: null });
  });
});
