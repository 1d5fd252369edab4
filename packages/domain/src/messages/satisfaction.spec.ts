import { asksSatisfaction, isSatisfactionOpen, satisfactionDueAt } from './satisfaction';

describe(satisfactionDueAt.name, () => {
  it.each([
    ['an appointment attended on a summer afternoon: 10am BST the next day', '2022-07-05T14:00:00Z', '2022-07-06T09:00:00.000Z'],
    ['attended late on a winter evening: 10am GMT the next day', '2022-12-06T21:30:00Z', '2022-12-07T10:00:00.000Z'],
    ['23:30Z in summer is already the next London day', '2022-07-05T23:30:00Z', '2022-07-07T09:00:00.000Z'],
    ['the day before the clocks go forward: 10am BST', '2022-03-26T12:00:00Z', '2022-03-27T09:00:00.000Z'],
    ['the day before the clocks go back: 10am GMT', '2022-10-29T12:00:00Z', '2022-10-30T10:00:00.000Z'],
  ])('%s', (_case, attendedAt, expected) => {
    expect(satisfactionDueAt(attendedAt).toISOString()).toBe(expected);
  });
});

describe(isSatisfactionOpen.name, () => {
  it('opens once the resident came, whether registered then or later', () => {
    expect(isSatisfactionOpen('birth', 'attended')).toBe(true);
    expect(isSatisfactionOpen('death', 'registered')).toBe(true);
  });

  it.each(['booked', 'cancelled', 'did-not-attend'] as const)('stays closed for a %s appointment', (status) => {
    expect(isSatisfactionOpen('birth', status)).toBe(false);
  });

  it('never asks after a still-birth', () => {
    expect(asksSatisfaction('still-birth')).toBe(false);
    expect(isSatisfactionOpen('still-birth', 'registered')).toBe(false);
  });
});
