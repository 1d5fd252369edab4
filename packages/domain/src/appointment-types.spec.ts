import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { appointmentDurationMinutes, DEFAULT_APPOINTMENT_TYPES } from './appointment-types';

const appointmentType = (code: AppointmentTypeCode) => DEFAULT_APPOINTMENT_TYPES[code];

describe('DEFAULT_APPOINTMENT_TYPES', () => {
  it('has one entry for every appointment type code, under its own code', () => {
    expect(Object.keys(DEFAULT_APPOINTMENT_TYPES).sort()).toEqual([...APPOINTMENT_TYPE_CODES].sort());
    for (const code of APPOINTMENT_TYPE_CODES) expect(DEFAULT_APPOINTMENT_TYPES[code].code).toBe(code);
  });

  it.each<[AppointmentTypeCode, number, number]>([
    ['birth', 5, 30],
    ['still-birth', 2, 30],
    ['death', 2, 30],
    ['notice', 10, 30],
    ['notice-referred', 10, 45],
    ['ceremony', 10, 60],
  ])('%s: target %i working days (DOMAIN.md), %i minutes', (code, targetWorkingDays, durationMinutes) => {
    expect(appointmentType(code)).toMatchObject({ targetWorkingDays, durationMinutes });
  });

  it.each<[AppointmentTypeCode, string[], boolean]>([
    ['birth', ['face-to-face'], true],
    ['still-birth', ['face-to-face', 'telephone'], true],
    ['death', ['face-to-face', 'telephone'], true],
    ['notice', ['face-to-face'], true],
    ['notice-referred', ['face-to-face'], false],
    ['ceremony', ['face-to-face'], false],
  ])('%s: modes %j, booked online: %s', (code, modes, onlineBookable) => {
    expect(appointmentType(code)).toMatchObject({ modes, onlineBookable });
  });

  it('tells everyone what to bring, without repeating itself', () => {
    for (const code of APPOINTMENT_TYPE_CODES) {
      const documents = appointmentType(code).documentsToBring;
      expect(documents.length).toBeGreaterThan(0);
      expect(new Set(documents).size).toBe(documents.length);
    }
  });

  it('asks for the certificate of still-birth and the medical certificate of cause of death', () => {
    expect(appointmentType('still-birth').documentsToBring.join(' ')).toMatch(/certificate of still-birth/);
    expect(appointmentType('death').documentsToBring.join(' ')).toMatch(/medical certificate of cause of death/);
  });

  it('asks a referred notice for evidence of immigration status as well as the ordinary notice documents', () => {
    const referred = appointmentType('notice-referred').documentsToBring;
    expect(referred).toEqual(expect.arrayContaining([...appointmentType('notice').documentsToBring]));
    expect(referred.join(' ')).toMatch(/immigration status/);
  });
});

describe('appointmentDurationMinutes', () => {
  it.each<[string, AppointmentTypeCode, { babies?: number; tellUsOnce?: boolean }, number]>([
    ['a birth', 'birth', {}, 30],
    ['a birth of one baby', 'birth', { babies: 1 }, 30],
    ['twins', 'birth', { babies: 2 }, 40],
    ['triplets', 'birth', { babies: 3 }, 50],
    ['still-born twins', 'still-birth', { babies: 2 }, 40],
    ['a death', 'death', {}, 30],
    ['a death with Tell Us Once', 'death', { tellUsOnce: true }, 45],
    ['Tell Us Once asked for at a birth adds nothing', 'birth', { tellUsOnce: true }, 30],
    ['babies at a death add nothing', 'death', { babies: 2, tellUsOnce: true }, 45],
    ['a notice', 'notice', {}, 30],
    ['a referred notice', 'notice-referred', {}, 45],
    ['a ceremony', 'ceremony', {}, 60],
  ])('%s (%s %j): %i minutes', (_case, code, options, expected) => {
    expect(appointmentDurationMinutes(appointmentType(code), options)).toBe(expected);
  });

  it("follows the rules it is given, not the defaults: a manager's 20-minute birth with 15 more a baby", () => {
    const rules = { durationMinutes: 20, extraMinutesPerExtraBaby: 15, extraMinutesForTellUsOnce: 0 };
    expect(appointmentDurationMinutes(rules, { babies: 2 })).toBe(35);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s babies', (babies) => {
    expect(() => appointmentDurationMinutes(appointmentType('birth'), { babies })).toThrow(expect.objectContaining({ code: 'invalid-baby-count' }));
  });
});
