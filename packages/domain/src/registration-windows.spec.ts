import { birthBookableOnline, birthRegistrationWindow } from './registration-windows';

describe('birthRegistrationWindow', () => {
  it.each([
    ['the day of the birth', '2022-06-01', 'in-time'],
    ['day 42, the last day of the legal limit', '2022-07-13', 'in-time'],
    ['day 43: late', '2022-07-14', 'late'],
    ['3 months to the day: still late', '2022-09-01', 'late'],
    ['the day after 3 months: a superintendent registrar must attend', '2022-09-02', 'superintendent-registrar'],
    ['12 months to the day', '2023-06-01', 'superintendent-registrar'],
    ['the day after 12 months: the Registrar General must authorise', '2023-06-02', 'registrar-general'],
  ])('a birth on 2022-06-01 registered on %s', (_case, today, window) => {
    expect(birthRegistrationWindow('2022-06-01', today)).toBe(window);
  });

  it('counts months by the calendar: a birth on 31 August is 3 months old at the end of November', () => {
    expect(birthRegistrationWindow('2022-08-31', '2022-11-30')).toBe('late');
    expect(birthRegistrationWindow('2022-08-31', '2022-12-01')).toBe('superintendent-registrar');
  });

  it('lets a birth be booked online until it is 12 months old', () => {
    expect(birthBookableOnline('2022-06-01', '2023-06-01')).toBe(true);
    expect(birthBookableOnline('2022-06-01', '2023-06-02')).toBe(false);
  });
});
