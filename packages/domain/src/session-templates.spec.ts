import { DomainError } from './domain.errors';
import { PlannedSession, SessionTemplate, sessionsFromTemplates } from './session-templates';

function template(id: string, weekday: number, overrides: Partial<SessionTemplate> = {}): SessionTemplate {
  return {
    id,
    registrarId: 'registrar-1',
    officeId: 'worcester',
    weekday,
    startTime: '09:00',
    endTime: '12:30',
    acceptedTypes: ['birth', 'death', 'still-birth', 'notice'],
    ...overrides,
  };
}

/** One template for each weekday Monday to Friday, named after its day. */
const WEEKDAYS = [template('mon', 1), template('tue', 2), template('wed', 3), template('thu', 4), template('fri', 5)];

/** Each planned session as `day template`. */
const opened = (sessions: readonly PlannedSession[]) => sessions.map((session) => `${session.day} ${session.templateId}`);

describe('sessionsFromTemplates', () => {
  it('copies the template into each session it opens', () => {
    const telephone = template('phone-deaths', 2, { registrarId: 'registrar-7', officeId: null, startTime: '13:30', endTime: '16:30', acceptedTypes: ['death'] });
    expect(sessionsFromTemplates([telephone], '2022-07-04', 1, [])).toEqual([
      { templateId: 'phone-deaths', registrarId: 'registrar-7', officeId: null, day: '2022-07-05', startTime: '13:30', endTime: '16:30', acceptedTypes: ['death'] },
    ]);
  });

  it.each<[string, SessionTemplate[], string, number, string[], string[]]>([
    [
      'an ordinary week, in day order then template order',
      [template('mon-am', 1), template('wed', 3), template('mon-pm', 1, { startTime: '13:30', endTime: '16:30' })],
      '2022-07-04',
      1,
      [],
      ['2022-07-04 mon-am', '2022-07-04 mon-pm', '2022-07-06 wed'],
    ],
    [
      'Christmas week 2021: Monday 27 and Tuesday 28 December are substitute bank holidays',
      WEEKDAYS,
      '2021-12-20',
      2,
      [],
      [
        '2021-12-20 mon', '2021-12-21 tue', '2021-12-22 wed', '2021-12-23 thu', '2021-12-24 fri',
        '2021-12-29 wed', '2021-12-30 thu', '2021-12-31 fri',
      ],
    ],
    [
      'New Year 2022: Monday 3 January is the substitute holiday',
      [template('mon', 1)],
      '2021-12-27',
      3,
      [],
      ['2022-01-10 mon'],
    ],
    [
      'the 2022 jubilee: Thursday 2 and Friday 3 June are bank holidays, Monday 30 May is not',
      WEEKDAYS,
      '2022-05-30',
      1,
      [],
      ['2022-05-30 mon', '2022-05-31 tue', '2022-06-01 wed'],
    ],
    [
      'a service closure on a Wednesday',
      WEEKDAYS,
      '2022-07-04',
      1,
      ['2022-07-06'],
      ['2022-07-04 mon', '2022-07-05 tue', '2022-07-07 thu', '2022-07-08 fri'],
    ],
    [
      'a closure outside the weeks changes nothing',
      [template('mon', 1)],
      '2022-07-04',
      1,
      ['2022-07-11'],
      ['2022-07-04 mon'],
    ],
    [
      'starting mid-week: the last day is six days after the first',
      [template('mon', 1), template('wed', 3)],
      '2022-07-06',
      1,
      [],
      ['2022-07-06 wed', '2022-07-11 mon'],
    ],
    [
      'weekend templates open weekend sessions (Saturday ceremonies)',
      [template('sat', 6), template('sun', 7)],
      '2022-07-04',
      1,
      [],
      ['2022-07-09 sat', '2022-07-10 sun'],
    ],
    [
      'days stay civil across the spring clock change (Sunday 27 March 2022)',
      [template('sun', 7), template('mon', 1)],
      '2022-03-21',
      2,
      [],
      ['2022-03-21 mon', '2022-03-27 sun', '2022-03-28 mon', '2022-04-03 sun'],
    ],
    ['weeks = 0 opens nothing', WEEKDAYS, '2022-07-04', 0, [], []],
    ['no templates open nothing', [], '2022-07-04', 4, [], []],
  ])('%s', (_case, templates, fromDay, weeks, closures, expected) => {
    expect(opened(sessionsFromTemplates(templates, fromDay, weeks, closures))).toEqual(expected);
  });

  it.each([0, 8, 1.5, Number.NaN])('refuses a template whose weekday is %p', (weekday) => {
    const bad = [template('bad', weekday)];
    expect(() => sessionsFromTemplates(bad, '2022-07-04', 1, [])).toThrow(DomainError);
    expect(() => sessionsFromTemplates(bad, '2022-07-04', 1, [])).toThrow(expect.objectContaining({ code: 'invalid-session' }));
  });

  it.each([-1, 0.5])('refuses %p weeks', (weeks) => {
    expect(() => sessionsFromTemplates(WEEKDAYS, '2022-07-04', weeks, [])).toThrow(expect.objectContaining({ code: 'invalid-session' }));
  });
});
