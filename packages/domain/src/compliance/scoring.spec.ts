import { addDays } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { ComplianceEvent } from './compliance-event';
import { complianceIndicator } from './indicators';
import { parsePeriod } from './periods';
import { Scorecard } from './scorecard';
import { ComplianceTally } from './scoring';

let sequence = 0;
const event = (type: AppointmentTypeCode, fields: Omit<ComplianceEvent, 'id' | 'type'>): ComplianceEvent => ({ id: `e${(sequence += 1)}`, type, ...fields });
const times = (count: number, make: (index: number) => ComplianceEvent) => Array.from({ length: count }, (_, index) => make(index));
/** A request on a weekday at 10:00Z offered the same day (within any target), much later, or never. */
const request = (type: AppointmentTypeCode, day: string, offer: 'same day' | 'a month later' | 'never') =>
  event(type, {
    requestedAt: `${day}T10:00:00Z`,
    firstOfferAt: offer === 'never' ? null : `${offer === 'same day' ? day : addDays(day, 30)}T15:00:00Z`,
  });
const death = (diedOn: string, registeredAt: string, coronerReferred = false) => event('death', { eventDate: diedOn, registeredAt, coronerReferred });
const ceremony = (at: string) => event('ceremony', { appointmentAt: at });

function figures(scorecard: Scorecard) {
  return Object.fromEntries(
    scorecard.indicators.map((score) => [
      score.code,
      { counts: [score.numerator, score.denominator], value: score.value, rag: score.rag, direction: score.direction, previous: score.previous.value },
    ]),
  );
}

function tallyOf(events: readonly ComplianceEvent[], options?: ConstructorParameters<typeof ComplianceTally>[0]): ComplianceTally {
  const tally = new ComplianceTally(options);
  for (const item of events) tally.add(item);
  return tally;
}

describe(ComplianceTally.name, () => {
  describe('a quarter against the quarter before (2021-Q3 against 2021-Q2)', () => {
    const events = [
      // births: Q3 19 of 20 within; Q2 9 of 10, one never offered
      ...times(19, (index) => request('birth', `2021-11-${String(1 + (index % 5)).padStart(2, '0')}`, 'same day')),
      request('birth', '2021-10-04', 'a month later'),
      ...times(9, () => request('birth', '2021-08-02', 'same day')),
      request('birth', '2021-08-03', 'never'),
      // death appointments: Q3 30 of 33; Q2 20 of 22
      ...times(30, () => request('death', '2021-12-01', 'same day')),
      ...times(2, () => request('death', '2021-12-02', 'a month later')),
      request('death', '2021-12-03', 'never'),
      ...times(20, () => request('death', '2021-07-05', 'same day')),
      ...times(2, () => request('death', '2021-07-06', 'a month later')),
      // still-births: Q3 1 of 1; none in Q2
      request('still-birth', '2021-10-05', 'same day'),
      // notices: 2021-09-30T23:30Z is 1 October in London (Q3), 22:30Z is 30 September (Q2)
      event('notice', { requestedAt: '2021-09-30T23:30:00Z', firstOfferAt: '2021-10-04T09:00:00Z' }),
      request('notice-referred', '2021-11-01', 'never'),
      event('notice', { requestedAt: '2021-09-30T22:30:00Z', firstOfferAt: '2021-10-04T09:00:00Z' }),
      // deaths registered: Q3 8 of 10 within 5 days (one died in Q2), one coroner referral left out; Q2 7 of 10
      death('2021-09-28', '2021-10-01T12:00:00Z'),
      ...times(7, () => death('2021-12-01', '2021-12-06T12:00:00Z')),
      ...times(2, () => death('2021-12-01', '2021-12-07T12:00:00Z')),
      death('2021-12-01', '2021-12-29T12:00:00Z', true),
      ...times(7, () => death('2021-08-02', '2021-08-04T12:00:00Z')),
      ...times(3, () => death('2021-08-02', '2021-08-20T12:00:00Z')),
      // ceremonies: 5 in Q3, 3 in Q2, one with no date
      ...times(5, (index) => ceremony(`2021-10-${String(2 + index).padStart(2, '0')}T13:00:00Z`)),
      ...times(3, () => ceremony('2021-09-04T13:00:00Z')),
      event('ceremony', {}),
      // outside both quarters (the death is in 2021/22, in its first quarter)
      request('birth', '2022-01-04', 'never'),
      death('2021-06-25', '2021-06-28T12:00:00Z'),
    ];
    const tally = tallyOf(events);
    const quarter = parsePeriod('2021-Q3');

    it('scores each indicator with its counts, value, RAG, direction and previous figure', () => {
      expect(figures(tally.result(quarter))).toEqual({
        'birth-appointments-5wd': { counts: [19, 20], value: 95.0, rag: 'Green', direction: 'Improving', previous: 90.0 },
        'still-birth-appointments-2wd': { counts: [1, 1], value: 100.0, rag: 'Green', direction: 'No Previous Figure', previous: null },
        'death-appointments-2wd': { counts: [30, 33], value: 90.9, rag: 'Amber', direction: 'No Noticeable Change', previous: 90.9 },
        'notice-appointments-10wd': { counts: [1, 2], value: 50.0, rag: 'Red', direction: 'Deteriorating', previous: 100.0 },
        'deaths-registered-5d': { counts: [8, 10], value: 80.0, rag: 'Red', direction: 'Improving', previous: 70.0 },
        ceremonies: { counts: [5, null], value: 5, rag: 'No Status', direction: 'N/A', previous: 3 },
        'customer-satisfaction': { counts: [null, null], value: null, rag: 'No Status', direction: 'No Current Figure', previous: null },
      });
    });

    it('names the periods and carries each target and amber tolerance', () => {
      const scorecard = tally.result(quarter);
      expect([scorecard.period.label, scorecard.previousPeriod.label]).toEqual(['2021-Q3', '2021-Q2']);
      expect(scorecard.indicators.map((score) => [score.code, score.target, score.amberFrom])).toEqual([
        ['birth-appointments-5wd', 95, 90],
        ['still-birth-appointments-2wd', 95, 90],
        ['death-appointments-2wd', 95, 90],
        ['notice-appointments-10wd', 95, 90],
        ['deaths-registered-5d', 90, 85],
        ['ceremonies', null, null],
        ['customer-satisfaction', 95, 90],
      ]);
      expect(scorecard.indicators.find((score) => score.code === 'birth-appointments-5wd')?.previous).toEqual({ numerator: 9, denominator: 10, value: 90 });
    });

    it('scores any other period from the same tally', () => {
      expect(tally.counts('birth-appointments-5wd', parsePeriod('2021-11'))).toEqual({ numerator: 19, denominator: 19 });
      expect(tally.counts('deaths-registered-5d', parsePeriod('2021/22'))).toEqual({ numerator: 8 + 7 + 1, denominator: 10 + 10 + 1, dateOfDeathMissing: 0 });
      expect(tally.counts('deaths-registered-5d', parsePeriod('2020/21'))).toEqual({ numerator: 0, denominator: 0, dateOfDeathMissing: 0 });
      expect(tally.counts('customer-satisfaction', quarter)).toBeNull();
    });

    it('counts the events read and those no indicator could count: the coroner referral and the ceremony with no date', () => {
      expect(tally.eventsAdded).toBe(events.length);
      expect(tally.eventsNotCounted).toBe(2);
    });
  });

  it.each([
    ['June 2022', '2022-06', 0],
    ['July 2022', '2022-07', 1],
  ])('counts a request made at 2022-06-30T23:30Z in July: %s has %i', (_case, month, expected) => {
    const tally = tallyOf([event('death', { requestedAt: '2022-06-30T23:30:00Z', firstOfferAt: '2022-07-01T09:00:00Z' })]);
    expect(tally.counts('death-appointments-2wd', parsePeriod(month))?.denominator).toBe(expected);
  });

  it('counts a still-birth in the month of its request, though its paperwork came the next month', () => {
    const tally = tallyOf([event('still-birth', { requestedAt: '2022-06-30T09:00:00Z', paperworkReadyAt: '2022-07-04T09:00:00Z', firstOfferAt: '2022-07-06T09:00:00Z' })]);
    expect(tally.counts('still-birth-appointments-2wd', parsePeriod('2022-06'))).toEqual({ numerator: 1, denominator: 1 });
  });

  it('gives service-wide closures to every deadline', () => {
    const late = [event('birth', { requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-14T09:00:00Z' })];
    expect(tallyOf(late).counts('birth-appointments-5wd', parsePeriod('2022-07'))?.numerator).toBe(0);
    expect(tallyOf(late, { closures: ['2022-07-07'] }).counts('birth-appointments-5wd', parsePeriod('2022-07'))?.numerator).toBe(1);
  });

  describe('a manager’s choices', () => {
    const tally = tallyOf([
      ...times(801, () => death('2021-12-01', '2021-12-03T12:00:00Z')),
      ...times(199, () => death('2021-12-01', '2021-12-20T12:00:00Z')),
      ...times(790, () => death('2021-11-01', '2021-11-03T12:00:00Z')),
      ...times(210, () => death('2021-11-01', '2021-11-20T12:00:00Z')),
    ]);
    const december = parsePeriod('2021-12');
    const deaths = (scorecard: Scorecard) => scorecard.indicators.find((score) => score.code === 'deaths-registered-5d');

    it('by default: 80.1% is Red and 1.1 points up is Improving', () => {
      expect(deaths(tally.result(december))).toMatchObject({ value: 80.1, rag: 'Red', direction: 'Improving', previous: { value: 79 } });
    });

    it('with their own target, tolerance and noticeable change', () => {
      const scorecard = tally.result(december, { thresholds: { 'deaths-registered-5d': { target: 80, amberFrom: 75 } }, noticeableChange: 2 });
      expect(deaths(scorecard)).toMatchObject({ rag: 'Green', target: 80, amberFrom: 75, direction: 'No Noticeable Change' });
    });

    it('with no target at all', () => {
      expect(deaths(tally.result(december, { thresholds: { 'deaths-registered-5d': null } }))).toMatchObject({ rag: 'No Status', target: null });
    });

    it('against a period they choose', () => {
      expect(deaths(tally.result(december, { previousPeriod: parsePeriod('2021-12') }))).toMatchObject({ direction: 'No Noticeable Change', previous: { value: 80.1 } });
    });
  });

  it('scores customer satisfaction from the survey results managers enter', () => {
    const scorecard = new ComplianceTally().result(parsePeriod('2021/22'), {
      surveys: { 'customer-satisfaction': { current: { veryGood: 93, good: 7, total: 100 }, previous: { veryGood: 450, good: 40, total: 500 } } },
    });
    expect(scorecard.indicators.find((score) => score.code === 'customer-satisfaction')).toMatchObject({
      numerator: 100,
      denominator: 100,
      value: 100,
      rag: 'Green',
      direction: 'Improving',
      previous: { numerator: 490, denominator: 500, value: 98 },
    });
  });

  it('counts an event added with a weight as that many identical events', () => {
    const one = request('death', '2021-12-01', 'same day');
    const late = request('death', '2021-12-02', 'a month later');
    const registered = death('2021-12-01', '2021-12-09T12:00:00Z');
    const weighted = new ComplianceTally();
    weighted.add(one, 3);
    weighted.add(late, 2);
    weighted.add(registered, 4);
    const repeated = tallyOf([one, one, one, late, late, registered, registered, registered, registered]);
    const december = parsePeriod('2021-12');
    expect(figures(weighted.result(december))).toEqual(figures(repeated.result(december)));
    expect(weighted.counts('death-appointments-2wd', december)).toEqual({ numerator: 3, denominator: 5 });
    expect(weighted.eventsAdded).toBe(9);
  });

  it('counts deaths registered with no date of death beside the 5-day figure, in the month they were registered, leaving the percentage to the dated ones', () => {
    const tally = new ComplianceTally();
    for (const item of [death('2021-12-01', '2021-12-03T12:00:00Z'), death('2021-12-01', '2021-12-20T12:00:00Z'), event('death', { registeredAt: '2021-12-31T23:30:00Z' })]) tally.add(item);
    tally.add(event('death', { registeredAt: '2021-11-30T12:00:00Z' }), 2);
    tally.add(event('death', { registeredAt: '2021-12-10T12:00:00Z', coronerReferred: true }));

    const december = tally.result(parsePeriod('2021-12'));
    expect(december.indicators.find((score) => score.code === 'deaths-registered-5d')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      dateOfDeathMissing: 1,
      previous: { numerator: 0, denominator: 0, value: null },
    });
    expect(tally.counts('deaths-registered-5d', parsePeriod('2021-11'))).toEqual({ numerator: 0, denominator: 0, dateOfDeathMissing: 2 });
    expect(december.indicators.filter((score) => score.dateOfDeathMissing !== null).map((score) => score.code)).toEqual(['deaths-registered-5d']);
    expect(tally.eventsNotCounted).toBe(1);
  });

  it('tallies only the indicators it is given', () => {
    const tally = tallyOf([request('birth', '2021-11-01', 'same day'), ceremony('2021-11-06T13:00:00Z')], { indicators: [complianceIndicator('ceremonies')] });
    expect(tally.result(parsePeriod('2021-11')).indicators.map((score) => [score.code, score.value])).toEqual([['ceremonies', 1]]);
    expect(tally.eventsNotCounted).toBe(1);
  });

  it('has no figure for a period with no requests', () => {
    const score = tallyOf([]).result(parsePeriod('2021-11')).indicators[0];
    expect(score).toMatchObject({ numerator: 0, denominator: 0, value: null, rag: 'No Status', direction: 'No Current Figure' });
  });
});
