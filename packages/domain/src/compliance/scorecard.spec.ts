import { complianceIndicator, IndicatorCounts } from './indicators';
import { scoreIndicator } from './scorecard';

describe(scoreIndicator.name, () => {
  it.each<[string, Parameters<typeof complianceIndicator>[0], IndicatorCounts | null, IndicatorCounts | null, object]>([
    [
      'December 2021 deaths registered within 5 days against November',
      'deaths-registered-5d',
      { numerator: 342, denominator: 427, dateOfDeathMissing: 3 },
      { numerator: 290, denominator: 390, dateOfDeathMissing: 0 },
      { numerator: 342, denominator: 427, value: 80.1, target: 90, amberFrom: 85, rag: 'Red', direction: 'Improving', previous: { numerator: 290, denominator: 390, value: 74.4 }, dateOfDeathMissing: 3 },
    ],
    [
      'appointments all offered within target, as through 2021/22',
      'death-appointments-2wd',
      { numerator: 431, denominator: 431 },
      { numerator: 402, denominator: 402 },
      { value: 100, rag: 'Green', direction: 'No Noticeable Change' },
    ],
    [
      'March 2022 ceremonies: a count, no target, no direction',
      'ceremonies',
      { numerator: 124, denominator: 124 },
      { numerator: 71, denominator: 71 },
      { numerator: 124, denominator: null, value: 124, target: null, amberFrom: null, rag: 'No Status', direction: 'N/A', previous: { numerator: 71, denominator: null, value: 71 }, dateOfDeathMissing: null },
    ],
    [
      'a period with no requests',
      'birth-appointments-5wd',
      { numerator: 0, denominator: 0 },
      { numerator: 9, denominator: 10 },
      { numerator: 0, denominator: 0, value: null, rag: 'No Status', direction: 'No Current Figure' },
    ],
    [
      'no survey results entered',
      'customer-satisfaction',
      null,
      null,
      { numerator: null, denominator: null, value: null, target: 95, rag: 'No Status', direction: 'No Current Figure', dateOfDeathMissing: null },
    ],
  ])('%s', (_case, code, current, previous, expected) => {
    expect(scoreIndicator(complianceIndicator(code), current, previous)).toMatchObject({ code, ...expected });
  });

  it('applies a manager’s target and noticeable change', () => {
    const score = scoreIndicator(complianceIndicator('deaths-registered-5d'), { numerator: 342, denominator: 427 }, { numerator: 290, denominator: 390 }, {
      thresholds: { 'deaths-registered-5d': { target: 80, amberFrom: 70 } },
      noticeableChange: 6,
    });
    expect(score).toMatchObject({ target: 80, amberFrom: 70, rag: 'Green', direction: 'No Noticeable Change' });
  });
});
