import { openingHoursProblem } from './opening-hours.validator';

describe(openingHoursProblem.name, () => {
  it.each([
    [{ '1': ['09:00', '17:00'], '6': ['09:30', '12:00'] }],
    [{ '7': ['00:00', '23:59'] }],
    [{}],
  ])('accepts %j', (hours) => {
    expect(openingHoursProblem(hours)).toBeNull();
  });

  it.each([
    [null, 'openingHours must be an object'],
    [[['09:00', '17:00']], 'openingHours must be an object'],
    [{ '0': ['09:00', '17:00'] }, 'openingHours cannot use "0"'],
    [{ monday: ['09:00', '17:00'] }, 'openingHours cannot use "monday"'],
    [{ '1': '09:00-17:00' }, 'openingHours.1 must be [opens, closes]'],
    [{ '1': ['09:00'] }, 'openingHours.1 must be [opens, closes]'],
    [{ '2': ['09:00', '24:00'] }, 'openingHours.2 must be [opens, closes]'],
    [{ '3': ['9:00', '17:00'] }, 'openingHours.3 must be [opens, closes]'],
    [{ '4': ['17:00', '09:00'] }, 'openingHours.4 must open before it closes'],
    [{ '5': ['09:00', '09:00'] }, 'openingHours.5 must open before it closes'],
  ])('refuses %j', (hours, problem) => {
    expect(openingHoursProblem(hours)).toContain(problem);
  });
});
