import { AppointmentTypeCode } from '@regflow/contracts';
import { DEFAULT_APPOINTMENT_TYPES } from './appointment-types';
import { clockStartDay, isOfferWithinTarget, targetDeadline } from './targets';

/** DOMAIN.md's targets: birth 5, still-birth and death 2, notice 10 working days. */
const defaultTarget = (typeCode: AppointmentTypeCode) => DEFAULT_APPOINTMENT_TYPES[typeCode].targetWorkingDays;

describe('clockStartDay', () => {
  it.each<[string, AppointmentTypeCode, string, string | undefined, string]>([
    ['a request on a weekday', 'birth', '2022-07-06T10:00:00Z', undefined, '2022-07-06'],
    ['a request at 23:30Z in summer time belongs to the next London day', 'death', '2022-06-30T23:30:00Z', undefined, '2022-07-01'],
    ['a request at 23:30Z in winter time stays on its day', 'death', '2022-12-01T23:30:00Z', undefined, '2022-12-01'],
    ['a Saturday request starts on the Saturday', 'birth', '2022-07-02T11:00:00Z', undefined, '2022-07-02'],
    ['a still-birth whose paperwork arrives two days after the request', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', '2022-07-06'],
    ['a still-birth whose paperwork was ready before the request', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-01T10:00:00Z', '2022-07-04'],
    ['a still-birth whose paperwork is not recorded', 'still-birth', '2022-07-04T09:00:00Z', undefined, '2022-07-04'],
    ['a still-birth whose paperwork arrives late the same London evening', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-04T22:30:00Z', '2022-07-04'],
    ['a still-birth whose paperwork arrives after London midnight in summer time', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-04T23:30:00Z', '2022-07-05'],
    ['paperwork is ignored for other types', 'death', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', '2022-07-04'],
  ])('%s', (_case, typeCode, requestedAt, paperworkReadyAt, expected) => {
    expect(clockStartDay({ typeCode, requestedAt, paperworkReadyAt })).toBe(expected);
  });

  it('accepts Dates and a null paperwork time', () => {
    expect(clockStartDay({ typeCode: 'still-birth', requestedAt: new Date('2022-06-30T23:30:00Z'), paperworkReadyAt: null })).toBe('2022-07-01');
  });
});

describe('targetDeadline', () => {
  it.each<[string, AppointmentTypeCode, string, string | undefined, string[] | undefined, string]>([
    ['a birth requested on a Wednesday (5 working days)', 'birth', '2022-07-06T10:00:00Z', undefined, undefined, '2022-07-13'],
    ['a birth requested on a Saturday: Monday is the first working day', 'birth', '2022-07-02T11:00:00Z', undefined, undefined, '2022-07-08'],
    ['a death requested on a Saturday', 'death', '2022-07-02T11:00:00Z', undefined, undefined, '2022-07-05'],
    ['a death requested on a Sunday', 'death', '2022-07-03T11:00:00Z', undefined, undefined, '2022-07-05'],
    ['a death requested Thursday 30 June 23:30Z counts from Friday 1 July', 'death', '2022-06-30T23:30:00Z', undefined, undefined, '2022-07-05'],
    ['a death requested Thursday 30 June 22:30Z counts from the Thursday', 'death', '2022-06-30T22:30:00Z', undefined, undefined, '2022-07-04'],
    ['a death requested on Thursday 23 December 2021: 27 and 28 are bank holidays', 'death', '2021-12-23T10:00:00Z', undefined, undefined, '2021-12-29'],
    ['a death requested on Christmas Eve 2021', 'death', '2021-12-24T10:00:00Z', undefined, undefined, '2021-12-30'],
    ['a death requested on Christmas Day 2021', 'death', '2021-12-25T10:00:00Z', undefined, undefined, '2021-12-30'],
    ['a death requested on 31 December 2021 crosses the New Year substitute Monday', 'death', '2021-12-31T10:00:00Z', undefined, undefined, '2022-01-05'],
    ['a birth requested before the 2022 jubilee weekend', 'birth', '2022-05-27T10:00:00Z', undefined, undefined, '2022-06-07'],
    ['a death requested the day before the jubilee holidays', 'death', '2022-06-01T10:00:00Z', undefined, undefined, '2022-06-07'],
    ['a death requested on the jubilee Friday', 'death', '2022-06-03T10:00:00Z', undefined, undefined, '2022-06-07'],
    ['a notice (10 working days) across the jubilee', 'notice', '2022-05-30T10:00:00Z', undefined, undefined, '2022-06-15'],
    ['a still-birth counts from the paperwork two days after the request', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', undefined, '2022-07-08'],
    ['a still-birth with its paperwork at the request', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-04T08:00:00Z', undefined, '2022-07-06'],
    ['a birth with a service closure on the Thursday', 'birth', '2022-07-06T10:00:00Z', undefined, ['2022-07-07'], '2022-07-14'],
    ['a death with a closure on the Monday after a Saturday request', 'death', '2022-07-02T11:00:00Z', undefined, ['2022-07-04'], '2022-07-06'],
    ['a closure at a weekend changes nothing', 'death', '2022-07-01T10:00:00Z', undefined, ['2022-07-02'], '2022-07-05'],
  ])('%s', (_case, typeCode, requestedAt, paperworkReadyAt, closures, expected) => {
    expect(targetDeadline({ typeCode, requestedAt, paperworkReadyAt, closures, targetWorkingDays: defaultTarget(typeCode) })).toBe(expected);
  });

  it('holds a request to the target it is given: a birth on Wednesday 6 July 2022 under a 3-day target is due Monday the 11th', () => {
    expect(targetDeadline({ typeCode: 'birth', requestedAt: '2022-07-06T10:00:00Z', targetWorkingDays: 3 })).toBe('2022-07-11');
  });
});

describe('isOfferWithinTarget', () => {
  it.each<[string, AppointmentTypeCode, string, string | undefined, string, string[] | undefined, boolean]>([
    ['a same-day offer', 'death', '2022-07-06T08:00:00Z', undefined, '2022-07-06T15:00:00Z', undefined, true],
    ['an offer on the deadline', 'birth', '2022-07-06T10:00:00Z', undefined, '2022-07-13T15:00:00Z', undefined, true],
    ['an offer the day after the deadline', 'birth', '2022-07-06T10:00:00Z', undefined, '2022-07-14T08:00:00Z', undefined, false],
    ['a Saturday death request offered Tuesday', 'death', '2022-07-02T11:00:00Z', undefined, '2022-07-05T09:00:00Z', undefined, true],
    ['a Saturday death request offered Wednesday', 'death', '2022-07-02T11:00:00Z', undefined, '2022-07-06T09:00:00Z', undefined, false],
    ['a 23:30Z summer request offered on its London deadline', 'death', '2022-06-30T23:30:00Z', undefined, '2022-07-05T15:00:00Z', undefined, true],
    ['an offer at 23:30 London time on the deadline (22:30Z)', 'death', '2022-06-30T23:30:00Z', undefined, '2022-07-05T22:30:00Z', undefined, true],
    ['an offer at 23:30Z on the deadline is the next London day', 'death', '2022-06-30T23:30:00Z', undefined, '2022-07-05T23:30:00Z', undefined, false],
    ['a death on 23 December 2021 offered on 29 December', 'death', '2021-12-23T10:00:00Z', undefined, '2021-12-29T09:00:00Z', undefined, true],
    ['a death on 23 December 2021 offered on 30 December', 'death', '2021-12-23T10:00:00Z', undefined, '2021-12-30T09:00:00Z', undefined, false],
    ['a birth before the jubilee offered 7 June', 'birth', '2022-05-27T10:00:00Z', undefined, '2022-06-07T09:00:00Z', undefined, true],
    ['a birth before the jubilee offered 8 June', 'birth', '2022-05-27T10:00:00Z', undefined, '2022-06-08T09:00:00Z', undefined, false],
    ['a still-birth offered 8 July, two working days after paperwork on 6 July', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', '2022-07-08T09:00:00Z', undefined, true],
    ['the same still-birth offered 11 July', 'still-birth', '2022-07-04T09:00:00Z', '2022-07-06T10:00:00Z', '2022-07-11T09:00:00Z', undefined, false],
    ['a birth offered 14 July when 7 July is a closure', 'birth', '2022-07-06T10:00:00Z', undefined, '2022-07-14T09:00:00Z', ['2022-07-07'], true],
    ['the same birth without the closure', 'birth', '2022-07-06T10:00:00Z', undefined, '2022-07-14T09:00:00Z', undefined, false],
  ])('%s: %s', (_case, typeCode, requestedAt, paperworkReadyAt, offeredStartsAt, closures, expected) => {
    expect(isOfferWithinTarget({ typeCode, requestedAt, paperworkReadyAt, offeredStartsAt, closures, targetWorkingDays: defaultTarget(typeCode) })).toBe(expected);
  });
});
