import { DEFAULT_APPOINTMENT_TYPES } from '../appointment-types';
import { ComplianceEvent } from './compliance-event';
import {
  COMPLIANCE_INDICATORS,
  complianceIndicator,
  DateOfDeathMissing,
  IndicatorCode,
  isDateOfDeathMissing,
  isIndicatorCode,
  isScored,
  Placement,
  satisfactionWithOnlineAnswers,
  satisfiedCounts,
} from './indicators';
import { ScoringCalendar } from './scoring-calendar';

function placement(code: IndicatorCode, event: Omit<ComplianceEvent, 'id'>, closures?: string[]): Placement | DateOfDeathMissing | null {
  const indicator = complianceIndicator(code);
  if (indicator.source !== 'events') throw new Error(`${code} is not scored from events`);
  return indicator.eventTypes.includes(event.type) ? indicator.place({ id: 'e1', ...event }, new ScoringCalendar(closures)) : null;
}

function meetsTarget(code: IndicatorCode, event: Omit<ComplianceEvent, 'id'>, closures?: string[]): boolean | null {
  const placed = placement(code, event, closures);
  return placed && isScored(placed) ? placed.meetsTarget : null;
}

describe('COMPLIANCE_INDICATORS', () => {
  it('lists the scorecard in order, each code once', () => {
    expect(COMPLIANCE_INDICATORS.map((indicator) => indicator.code)).toEqual([
      'birth-appointments-5wd',
      'still-birth-appointments-2wd',
      'death-appointments-2wd',
      'notice-appointments-10wd',
      'deaths-registered-5d',
      'ceremonies',
      'customer-satisfaction',
    ]);
  });

  it.each(COMPLIANCE_INDICATORS.filter((indicator) => indicator.source === 'events' && indicator.code.endsWith('wd')).map((indicator) => [indicator.code, indicator] as const))(
    '%s: its title and code name the working days of each of its appointment types',
    (code, indicator) => {
      if (indicator.source !== 'events') throw new Error('not an event indicator');
      for (const type of indicator.eventTypes) {
        const days = DEFAULT_APPOINTMENT_TYPES[type].targetWorkingDays;
        expect(indicator.title).toContain(`within ${days} working days`);
        expect(code).toMatch(new RegExp(`-${days}wd$`));
      }
    },
  );

  it('finds an indicator by code and refuses an unknown one', () => {
    expect(complianceIndicator('ceremonies').title).toBe('Ceremonies (marriages and civil partnerships)');
    expect(isIndicatorCode('deaths-registered-5d')).toBe(true);
    expect(isIndicatorCode('ceremony-requests-10wd')).toBe(false);
    expect(() => complianceIndicator('ceremony-requests-10wd' as IndicatorCode)).toThrow(expect.objectContaining({ code: 'unknown-indicator' }));
  });
});

describe('appointment indicators: the first offer against the working-day target, on the request’s service day', () => {
  it.each<[string, IndicatorCode, Omit<ComplianceEvent, 'id'>, string, boolean]>([
    ['a birth offered on its deadline', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-13T15:00:00Z' }, '2022-07-06', true],
    ['a birth offered the day after', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-14T08:00:00Z' }, '2022-07-06', false],
    ['a same-day death offer', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-07-06T08:00:00Z', firstOfferAt: '2022-07-06T15:00:00Z' }, '2022-07-06', true],
    ['a Saturday death request offered Tuesday', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-07-02T11:00:00Z', firstOfferAt: '2022-07-05T09:00:00Z' }, '2022-07-02', true],
    ['a Saturday death request offered Wednesday', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-07-02T11:00:00Z', firstOfferAt: '2022-07-06T09:00:00Z' }, '2022-07-02', false],
    ['a request at 2022-06-30T23:30Z is made on 1 July', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-06-30T23:30:00Z', firstOfferAt: '2022-07-05T22:30:00Z' }, '2022-07-01', true],
    ['an offer at 23:30Z on the deadline is the next London day', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-06-30T23:30:00Z', firstOfferAt: '2022-07-05T23:30:00Z' }, '2022-07-01', false],
    ['a death before the jubilee bank holidays offered 7 June 2022', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-06-01T10:00:00Z', firstOfferAt: '2022-06-07T09:00:00Z' }, '2022-06-01', true],
    ['the same death offered 8 June', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-06-01T10:00:00Z', firstOfferAt: '2022-06-08T09:00:00Z' }, '2022-06-01', false],
    ['a death on Friday 16 September 2022 offered the Wednesday after the state funeral', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-09-16T10:00:00Z', firstOfferAt: '2022-09-21T09:00:00Z' }, '2022-09-16', true],
    ['the same death offered the Thursday', 'death-appointments-2wd', { type: 'death', requestedAt: '2022-09-16T10:00:00Z', firstOfferAt: '2022-09-22T09:00:00Z' }, '2022-09-16', false],
    ['a still-birth offered two working days after its paperwork: counted on the request’s day', 'still-birth-appointments-2wd', { type: 'still-birth', requestedAt: '2022-06-30T09:00:00Z', paperworkReadyAt: '2022-07-04T10:00:00Z', firstOfferAt: '2022-07-06T09:00:00Z' }, '2022-06-30', true],
    ['the same still-birth offered three working days after its paperwork', 'still-birth-appointments-2wd', { type: 'still-birth', requestedAt: '2022-06-30T09:00:00Z', paperworkReadyAt: '2022-07-04T10:00:00Z', firstOfferAt: '2022-07-07T09:00:00Z' }, '2022-06-30', false],
    ['a still-birth whose paperwork was ready before the request', 'still-birth-appointments-2wd', { type: 'still-birth', requestedAt: '2022-07-04T09:00:00Z', paperworkReadyAt: '2022-07-01T10:00:00Z', firstOfferAt: '2022-07-07T09:00:00Z' }, '2022-07-04', false],
    ['offered day 2, chose day 9: the first offer counts', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-08T09:00:00Z', appointmentAt: '2022-07-19T09:00:00Z' }, '2022-07-06', true],
    ['first offered late, then booked early from a cancellation: the first offer counts', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-19T09:00:00Z', appointmentAt: '2022-07-08T09:00:00Z' }, '2022-07-06', false],
    ['no first offer recorded: the appointment stands in', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', appointmentAt: '2022-07-08T09:00:00Z' }, '2022-07-06', true],
    ['never offered: counted, against the target', 'birth-appointments-5wd', { type: 'birth', requestedAt: '2022-07-06T10:00:00Z' }, '2022-07-06', false],
    ['a notice (10 working days) across the jubilee', 'notice-appointments-10wd', { type: 'notice', requestedAt: '2022-05-30T10:00:00Z', firstOfferAt: '2022-06-15T10:00:00Z' }, '2022-05-30', true],
    ['a notice at a designated office counts as a notice', 'notice-appointments-10wd', { type: 'notice-referred', requestedAt: '2022-05-30T10:00:00Z', firstOfferAt: '2022-06-16T10:00:00Z' }, '2022-05-30', false],
  ])('%s', (_case, code, event, day, meetsTarget) => {
    expect(placement(code, event)).toEqual({ day, meetsTarget });
  });

  it('gives a service-wide closure day to the deadline', () => {
    const event = { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-14T09:00:00Z' } as const;
    expect(meetsTarget('birth-appointments-5wd', event)).toBe(false);
    expect(meetsTarget('birth-appointments-5wd', event, ['2022-07-07'])).toBe(true);
  });

  it('holds a request to the target recorded with it: a birth under a 3-day target offered on day 4 missed it', () => {
    const event = { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-12T09:00:00Z' } as const;
    expect(meetsTarget('birth-appointments-5wd', event)).toBe(true);
    expect(meetsTarget('birth-appointments-5wd', { ...event, targetWorkingDays: 3 })).toBe(false);
  });

  it('scores against the recorded deadline, whatever closures are configured later', () => {
    const event = { type: 'birth', requestedAt: '2022-07-06T10:00:00Z', firstOfferAt: '2022-07-14T09:00:00Z', targetDeadline: '2022-07-13' } as const;
    expect(meetsTarget('birth-appointments-5wd', event, ['2022-07-07'])).toBe(false);
  });

  it('cannot place a request with no request time', () => {
    expect(placement('birth-appointments-5wd', { type: 'birth', firstOfferAt: '2022-07-08T09:00:00Z' })).toBeNull();
  });
});

describe('deaths-registered-5d: calendar days from the death, in the period of the registration', () => {
  it.each<[string, Omit<ComplianceEvent, 'id' | 'type'>, Placement | DateOfDeathMissing | null]>([
    ['registered on day 5', { eventDate: '2021-12-01', registeredAt: '2021-12-06T10:00:00Z' }, { day: '2021-12-06', meetsTarget: true }],
    ['registered on day 6', { eventDate: '2021-12-01', registeredAt: '2021-12-07T10:00:00Z' }, { day: '2021-12-07', meetsTarget: false }],
    ['no allowance for Christmas: died Christmas Eve, registered on day 6', { eventDate: '2021-12-24', registeredAt: '2021-12-30T10:00:00Z' }, { day: '2021-12-30', meetsTarget: false }],
    ['registered at 23:30Z in winter: still day 5', { eventDate: '2021-12-01', registeredAt: '2021-12-06T23:30:00Z' }, { day: '2021-12-06', meetsTarget: true }],
    ['registered at 23:30Z in summer: the next London day, day 6, in July', { eventDate: '2022-06-25', registeredAt: '2022-06-30T23:30:00Z' }, { day: '2022-07-01', meetsTarget: false }],
    ['registered the day of the death', { eventDate: '2022-03-31', registeredAt: '2022-03-31T15:00:00Z' }, { day: '2022-03-31', meetsTarget: true }],
    ['referred to the coroner: excluded', { eventDate: '2021-12-01', registeredAt: '2021-12-20T10:00:00Z', coronerReferred: true }, null],
    ['not registered yet: not counted', { eventDate: '2021-12-01', requestedAt: '2021-12-02T10:00:00Z' }, null],
    ['registered with no date of death: counted apart, on the day of the registration', { registeredAt: '2021-12-06T23:30:00Z' }, { day: '2021-12-06', dateOfDeathMissing: true }],
    ['no date of death and referred to the coroner: excluded', { registeredAt: '2021-12-06T10:00:00Z', coronerReferred: true }, null],
    ['no date of death, not registered yet: not counted', { requestedAt: '2021-12-02T10:00:00Z' }, null],
  ])('%s', (_case, event, expected) => {
    expect(placement('deaths-registered-5d', { type: 'death', ...event })).toEqual(expected);
  });
});

describe(isDateOfDeathMissing.name, () => {
  it.each<[string, Parameters<typeof isDateOfDeathMissing>[0], boolean]>([
    ['a death with no date', { type: 'death' }, true],
    ['a death whose date is null', { type: 'death', eventDate: null }, true],
    ['a death with its date', { type: 'death', eventDate: '2022-06-30' }, false],
    ['a birth with no date: not a death', { type: 'birth', eventDate: null }, false],
  ])('%s', (_case, event, expected) => {
    expect(isDateOfDeathMissing(event)).toBe(expected);
  });
});

describe('ceremonies: counted on the ceremony’s service day', () => {
  it.each<[string, Omit<ComplianceEvent, 'id' | 'type'>, Placement | null]>([
    ['a ceremony', { appointmentAt: '2021-10-02T13:00:00Z' }, { day: '2021-10-02', meetsTarget: true }],
    ['a ceremony at 23:30Z in summer', { appointmentAt: '2021-09-30T23:30:00Z' }, { day: '2021-10-01', meetsTarget: true }],
    ['a ceremony with no date', { requestedAt: '2021-10-02T13:00:00Z' }, null],
  ])('%s', (_case, event, expected) => {
    expect(placement('ceremonies', { type: 'ceremony', ...event })).toEqual(expected);
  });
});

describe(satisfiedCounts.name, () => {
  it.each([
    ['November 2019: 93% very good, 7% good', { veryGood: 93, good: 7, total: 100 }, { numerator: 100, denominator: 100 }],
    ['some rated it poor', { veryGood: 412, good: 61, total: 500 }, { numerator: 473, denominator: 500 }],
    ['nobody answered', { veryGood: 0, good: 0, total: 0 }, { numerator: 0, denominator: 0 }],
  ])('%s', (_case, survey, expected) => {
    expect(satisfiedCounts(survey)).toEqual(expected);
  });

  it.each([
    [{ veryGood: 93, good: 8, total: 100 }],
    [{ veryGood: -1, good: 7, total: 100 }],
    [{ veryGood: 92.5, good: 7, total: 100 }],
  ])('refuses %j', (survey) => {
    expect(() => satisfiedCounts(survey)).toThrow(expect.objectContaining({ code: 'invalid-survey' }));
  });
});

describe(satisfactionWithOnlineAnswers.name, () => {
  const entered = { veryGood: 93, good: 6, total: 100 };

  it.each([
    ['adds online answers to the entered survey', entered, { 'very-good': 3, good: 1, neither: 1, poor: 1 }, { veryGood: 96, good: 7, total: 106 }],
    ['stands alone when no survey was entered', null, { 'very-good': 1, 'very-poor': 1 }, { veryGood: 1, good: 0, total: 2 }],
    ['leaves the survey as entered when nobody answered online', entered, {}, entered],
    ['gives no figure with neither', undefined, { good: 0 }, null],
  ])('%s', (_case, survey, online, expected) => {
    expect(satisfactionWithOnlineAnswers(survey, online)).toEqual(expected);
  });
});
