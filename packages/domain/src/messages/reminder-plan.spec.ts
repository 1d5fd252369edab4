import {
  birthApproachingLimitCheckAt,
  birthRegistrationDueBy,
  deathNotRegisteredCheckAt,
  deathRegistrationDueBy,
  firstCeremonyDay,
  noticeExpiryWarningAt,
  noticePeriodEndedCheckAt,
  noticeValidUntil,
  offerDeadlineWarningAt,
  planReminder,
  previousWorkingDay,
  reminderDueAt,
} from './reminder-plan';

describe('reminderDueAt', () => {
  it.each<[string, string, string[] | undefined, string]>([
    ['a Tuesday appointment: Monday at 10am summer time', '2022-07-05T08:30:00Z', undefined, '2022-07-04T09:00:00.000Z'],
    ['a Monday appointment: the Friday before', '2022-07-04T08:30:00Z', undefined, '2022-07-01T09:00:00.000Z'],
    ['a Saturday ceremony: the Friday before', '2022-07-09T13:00:00Z', undefined, '2022-07-08T09:00:00.000Z'],
    ['a Monday after the jubilee (2 and 3 June 2022): the Wednesday before', '2022-06-06T08:00:00Z', undefined, '2022-06-01T09:00:00.000Z'],
    ['a Tuesday after the August bank holiday: the Friday before', '2022-08-30T08:00:00Z', undefined, '2022-08-26T09:00:00.000Z'],
    ['a Wednesday after Christmas 2022 (26 and 27 December off): Friday 23rd', '2022-12-28T10:00:00Z', undefined, '2022-12-23T10:00:00.000Z'],
    ['the Monday after the clocks go forward: Friday at 10am GMT', '2022-03-28T08:00:00Z', undefined, '2022-03-25T10:00:00.000Z'],
    ['the Tuesday after the clocks go forward: Monday at 10am BST', '2022-03-29T08:00:00Z', undefined, '2022-03-28T09:00:00.000Z'],
    ['the Monday after the clocks go back: Friday at 10am BST', '2022-10-31T09:00:00Z', undefined, '2022-10-28T09:00:00.000Z'],
    ['the Tuesday after the clocks go back: Monday at 10am GMT', '2022-11-01T09:00:00Z', undefined, '2022-10-31T10:00:00.000Z'],
    ['00:30 London on a Wednesday (23:30Z Tuesday) counts as Wednesday', '2022-07-05T23:30:00Z', undefined, '2022-07-05T09:00:00.000Z'],
    ['a Tuesday appointment after a service closure on the Monday', '2022-07-05T08:30:00Z', ['2022-07-04'], '2022-07-01T09:00:00.000Z'],
  ])('%s', (_case, startsAt, closures, expected) => {
    expect(reminderDueAt(startsAt, closures).toISOString()).toBe(expected);
  });

  it('accepts a Date', () => {
    expect(reminderDueAt(new Date('2022-07-05T08:30:00Z')).toISOString()).toBe('2022-07-04T09:00:00.000Z');
  });
});

describe('planReminder', () => {
  it.each<[string, string, string, string | null]>([
    ['booked a week ahead', '2022-07-12T08:30:00Z', '2022-07-05T14:00:00Z', '2022-07-11T09:00:00.000Z'],
    ['booked on the morning of the day before, before 10am', '2022-07-05T08:30:00Z', '2022-07-04T08:59:00Z', '2022-07-04T09:00:00.000Z'],
    ['booked at the very instant the reminder falls due', '2022-07-05T08:30:00Z', '2022-07-04T09:00:00Z', '2022-07-04T09:00:00.000Z'],
    ['booked on the afternoon of the day before: the reminder time has passed', '2022-07-05T08:30:00Z', '2022-07-04T13:00:00Z', null],
    ['booked on Saturday for Monday: Friday has passed', '2022-07-04T08:30:00Z', '2022-07-02T10:00:00Z', null],
    ['booked for later the same day', '2022-07-05T15:00:00Z', '2022-07-05T07:00:00Z', null],
    ['booked at 00:10 London (23:10Z the day before) for 9am that London day', '2022-07-06T08:00:00Z', '2022-07-05T23:10:00Z', null],
    ['an appointment already in the past', '2022-07-01T08:30:00Z', '2022-07-05T08:30:00Z', null],
  ])('%s', (_case, startsAt, now, expected) => {
    expect(planReminder({ startsAt, now })?.dueAt.toISOString() ?? null).toBe(expected);
  });

  it('steps back over a closure', () => {
    expect(planReminder({ startsAt: '2022-07-05T08:30:00Z', now: '2022-06-20T10:00:00Z', closures: ['2022-07-04'] })).toEqual({
      dueAt: new Date('2022-07-01T09:00:00Z'),
    });
  });

  it.each<[string, number, string, string | null]>([
    ['two working days before at 4pm, over the jubilee holidays', 2, '16:00', '2022-05-31T15:00:00.000Z'],
    ['the working day before at 8am', 1, '08:00', '2022-06-01T07:00:00.000Z'],
    ['no reminder for this type', 0, '10:00', null],
  ])('follows the type’s settings: %s', (_case, workingDaysBefore, at, expected) => {
    // Monday 6 June 2022; Thursday 2 and Friday 3 June were bank holidays.
    const plan = planReminder({ startsAt: '2022-06-06T08:30:00Z', now: '2022-05-20T10:00:00Z', settings: { workingDaysBefore, at } });
    expect(plan?.dueAt.toISOString() ?? null).toBe(expected);
  });
});

describe('previousWorkingDay', () => {
  it.each<[string, string, string]>([
    ['a Tuesday', '2022-07-05', '2022-07-04'],
    ['a Monday', '2022-07-04', '2022-07-01'],
    ['a Sunday', '2022-07-03', '2022-07-01'],
    ['the Monday after the jubilee', '2022-06-06', '2022-06-01'],
    ['the Tuesday after the Queen’s funeral (19 September 2022)', '2022-09-20', '2022-09-16'],
    ['the Tuesday after the coronation holiday (8 May 2023)', '2023-05-09', '2023-05-05'],
  ])('%s', (_case, day, expected) => {
    expect(previousWorkingDay(day)).toBe(expected);
  });
});

describe('deathNotRegisteredCheckAt', () => {
  it.each<[string, string, string]>([
    ['a death on a Friday: 9am on the Tuesday, day 4', '2022-07-01', '2022-07-05T08:00:00.000Z'],
    ['day 4 on a bank holiday is still day 4: the GRO counts calendar days', '2022-05-29', '2022-06-02T08:00:00.000Z'],
    ['day 4 on a Saturday', '2022-07-05', '2022-07-09T08:00:00.000Z'],
    ['day 4 on the day the clocks go forward: 9am BST', '2022-03-23', '2022-03-27T08:00:00.000Z'],
    ['day 4 on the day the clocks go back: 9am GMT', '2022-10-26', '2022-10-30T09:00:00.000Z'],
    ['across the New Year', '2022-12-29', '2023-01-02T09:00:00.000Z'],
  ])('%s', (_case, diedOn, expected) => {
    expect(deathNotRegisteredCheckAt(diedOn).toISOString()).toBe(expected);
  });

  it('warns the day before the last day that counts as within 5 days', () => {
    expect(deathRegistrationDueBy('2022-07-01')).toBe('2022-07-06');
  });
});

describe('birthApproachingLimitCheckAt', () => {
  it.each<[string, string, string]>([
    ['a birth on 1 May 2022: day 35 is Sunday 5 June', '2022-05-01', '2022-06-05T08:00:00.000Z'],
    ['day 35 on the day the clocks go forward', '2022-02-20', '2022-03-27T08:00:00.000Z'],
    ['day 35 on the day the clocks go back', '2022-09-25', '2022-10-30T09:00:00.000Z'],
    ['a birth on 29 February 2024', '2024-02-29', '2024-04-04T08:00:00.000Z'],
  ])('%s', (_case, bornOn, expected) => {
    expect(birthApproachingLimitCheckAt(bornOn).toISOString()).toBe(expected);
  });

  it('warns a week before the 42nd day', () => {
    expect(birthRegistrationDueBy('2022-05-01')).toBe('2022-06-12');
  });
});

describe('noticePeriodEndedCheckAt', () => {
  it.each<[string, string, boolean, string, string]>([
    ['a notice given on Monday 4 July 2022', '2022-07-04', false, '2022-08-02', '2022-08-02T08:00:00.000Z'],
    ['the same notice referred to the Home Office (70 days)', '2022-07-04', true, '2022-09-13', '2022-09-13T08:00:00.000Z'],
    ['a period ending the day before the clocks go forward', '2022-02-26', false, '2022-03-27', '2022-03-27T08:00:00.000Z'],
    ['a period ending the day before the clocks go back', '2022-10-01', false, '2022-10-30', '2022-10-30T09:00:00.000Z'],
    ['a period that crosses the jubilee holidays (calendar days)', '2022-05-10', false, '2022-06-08', '2022-06-08T08:00:00.000Z'],
  ])('%s', (_case, noticeGivenOn, referred, firstDay, expected) => {
    expect(firstCeremonyDay(noticeGivenOn, referred)).toBe(firstDay);
    expect(noticePeriodEndedCheckAt(noticeGivenOn, referred).toISOString()).toBe(expected);
  });
});

describe('noticeExpiryWarningAt', () => {
  it.each<[string, string, string, string]>([
    ['a notice given on 4 July 2022 is valid to 3 July 2023', '2022-07-04', '2023-07-03', '2023-06-04T08:00:00.000Z'],
    ['a notice given on 29 February 2024 is valid to the end of February 2025', '2024-02-29', '2025-02-28', '2025-01-30T09:00:00.000Z'],
    ['a warning on the day the clocks go back', '2021-11-29', '2022-11-28', '2022-10-30T09:00:00.000Z'],
    ['a warning on the day the clocks go forward in 2023', '2022-04-25', '2023-04-24', '2023-03-26T08:00:00.000Z'],
  ])('%s', (_case, noticeGivenOn, validUntil, expected) => {
    expect(noticeValidUntil(noticeGivenOn)).toBe(validUntil);
    expect(noticeExpiryWarningAt(noticeGivenOn).toISOString()).toBe(expected);
  });
});

describe('offerDeadlineWarningAt', () => {
  it.each<[string, string, string[] | undefined, string]>([
    ['a deadline on a Wednesday: Tuesday at 9am', '2022-07-13', undefined, '2022-07-12T08:00:00.000Z'],
    ['a deadline on a Monday: the Friday before', '2022-07-11', undefined, '2022-07-08T08:00:00.000Z'],
    ['a deadline after the jubilee holidays', '2022-06-06', undefined, '2022-06-01T08:00:00.000Z'],
    ['a deadline on the Monday after the clocks go forward: Friday at 9am GMT', '2022-03-28', undefined, '2022-03-25T09:00:00.000Z'],
    ['a deadline on the Monday after the clocks go back: Friday at 9am BST', '2022-10-31', undefined, '2022-10-28T08:00:00.000Z'],
    ['a service closure on the day before the deadline', '2022-07-13', ['2022-07-12'], '2022-07-11T08:00:00.000Z'],
  ])('%s', (_case, deadlineDay, closures, expected) => {
    expect(offerDeadlineWarningAt(deadlineDay, closures).toISOString()).toBe(expected);
  });
});
