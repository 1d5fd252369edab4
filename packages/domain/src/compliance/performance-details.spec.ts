import { draftPerformanceDetails, MonthlyFigure, PerformanceDetailsInput } from './performance-details';

const months = (figures: Record<string, number>): MonthlyFigure[] => Object.entries(figures).map(([month, value]) => ({ month, value }));

describe('draftPerformanceDetails', () => {
  it.each<[string, PerformanceDetailsInput, string]>([
    [
      'the highest since an earlier month (the reference’s December 2021)',
      { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: months({ '2021-08': 80.6, '2021-09': 74.3, '2021-10': 72.9, '2021-11': 75.0 }) },
      "December's percentage of deaths registered within 5 days was 80.1%, the highest out-turn since August's 80.6%. That is below the target of 90%.",
    ],
    [
      'the lowest since an earlier month',
      { indicator: 'deaths-registered-5d', month: '2022-03', value: 77.4, history: months({ '2021-11': 75.0, '2021-12': 80.1, '2022-01': 78.2, '2022-02': 82.3 }) },
      "March's percentage of deaths registered within 5 days was 77.4%, the lowest out-turn since November's 75.0%. That is below the target of 90%.",
    ],
    [
      'history in any order, with a gap',
      { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: months({ '2021-11': 75.0, '2021-06': 81.0, '2021-09': 74.3 }) },
      "December's percentage of deaths registered within 5 days was 80.1%, the highest out-turn since June's 81.0%. That is below the target of 90%.",
    ],
    [
      'a month a year or more before is named with its year',
      { indicator: 'deaths-registered-5d', month: '2022-03', value: 77.4, history: months({ '2021-03': 76.0, '2021-04': 80.0, '2022-02': 82.3 }) },
      "March's percentage of deaths registered within 5 days was 77.4%, the lowest out-turn since March 2021's 76.0%. That is below the target of 90%.",
    ],
    [
      'equal to the target',
      { indicator: 'deaths-registered-5d', month: '2022-05', value: 90.0, history: [] },
      "May's percentage of deaths registered within 5 days was 90.0%. That is exactly the target of 90%.",
    ],
    [
      'no history, above the target',
      { indicator: 'birth-appointments-5wd', month: '2021-12', value: 100, history: [] },
      "December's percentage of birth registration requests offered an appointment within 5 working days was 100.0%. That is above the target of 95%.",
    ],
    [
      'the same as the month before',
      { indicator: 'death-appointments-2wd', month: '2022-01', value: 100, history: months({ '2021-12': 100 }) },
      "January's percentage of death registration requests offered an appointment within 2 working days was 100.0%, the same as December's 100.0%. That is above the target of 95%.",
    ],
    [
      'one month of history, up',
      { indicator: 'deaths-registered-5d', month: '2022-02', value: 82.3, history: months({ '2022-01': 78.2 }) },
      "February's percentage of deaths registered within 5 days was 82.3%, up from January's 78.2%. That is below the target of 90%.",
    ],
    [
      'one month of history, down',
      { indicator: 'deaths-registered-5d', month: '2022-03', value: 77.4, history: months({ '2022-02': 82.3 }) },
      "March's percentage of deaths registered within 5 days was 77.4%, down from February's 82.3%. That is below the target of 90%.",
    ],
    [
      'higher than every month on record',
      { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: months({ '2021-10': 72.9, '2021-11': 75.0 }) },
      "December's percentage of deaths registered within 5 days was 80.1%, the highest out-turn of the 3 months on record. That is below the target of 90%.",
    ],
    [
      'a count has no target (the reference’s March 2022 ceremonies)',
      { indicator: 'ceremonies', month: '2022-03', value: 124, history: months({ '2021-10': 212, '2021-11': 101, '2021-12': 62, '2022-01': 48, '2022-02': 71 }) },
      "March's ceremonies total was 124, the highest calendar-month figure since October's 212.",
    ],
    [
      'a manager’s own target',
      { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: [], target: 80 },
      "December's percentage of deaths registered within 5 days was 80.1%. That is above the target of 80%.",
    ],
    [
      'no target',
      { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: [], target: null },
      "December's percentage of deaths registered within 5 days was 80.1%.",
    ],
    [
      'survey results',
      { indicator: 'customer-satisfaction', month: '2019-11', value: 100, history: [] },
      "November's percentage of people rating the service 'very good' or 'good' was 100.0%. That is above the target of 95%.",
    ],
  ])('%s', (_case, input, expected) => {
    expect(draftPerformanceDetails(input)).toBe(expected);
  });

  it.each<[string, Partial<PerformanceDetailsInput>, RegExp]>([
    ['a month that is not yyyy-mm', { month: '2021-13' }, /"2021-13" is not a month: write it as yyyy-mm/],
    ['history that is not before the month', { history: months({ '2021-12': 79 }) }, /the history has 2021-12, which is not before the month reported/],
    ['a month twice in the history', { history: months({ '2021-11': 79 }).concat(months({ '2021-11': 78 })) }, /the history has 2021-11 twice/],
  ])('refuses %s', (_case, change, message) => {
    const input: PerformanceDetailsInput = { indicator: 'deaths-registered-5d', month: '2021-12', value: 80.1, history: [], ...change };
    expect(() => draftPerformanceDetails(input)).toThrow(message);
    expect(() => draftPerformanceDetails(input)).toThrow(expect.objectContaining({ code: 'invalid-history' }));
  });
});
