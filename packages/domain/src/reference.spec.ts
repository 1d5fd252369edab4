import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { formatReference, isReference, normaliseReference, REFERENCE_ALPHABET, referenceTypeCode } from './reference';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('formatReference', () => {
  it.each<[AppointmentTypeCode, Uint8Array, string]>([
    ['birth', bytes(0, 1, 2, 3, 4, 5), 'BRT-0123-45'],
    ['still-birth', bytes(10, 11, 12, 13, 14, 15), 'SBR-ABCD-EF'],
    ['death', bytes(16, 17, 18, 19, 20, 21), 'DTH-GHJK-MN'],
    ['notice', bytes(22, 23, 24, 25, 26, 27), 'NTC-PQRS-TV'],
    ['notice-referred', bytes(28, 29, 30, 31, 31, 31), 'NTR-WXYZ-ZZ'],
    ['ceremony', bytes(32, 64, 96, 128, 160, 255), 'CER-0000-0Z'],
    ['birth', bytes(7, 19, 4, 23, 2, 20, 99, 99), 'BRT-7K4Q-2M'],
  ])('%s from %p is %s', (typeCode, random, expected) => {
    expect(formatReference(typeCode, random)).toBe(expected);
  });

  it('uses every character of the alphabet equally often over every byte value', () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 256; byte += 1) {
      const character = formatReference('birth', bytes(byte, 0, 0, 0, 0, 0))[4];
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe(REFERENCE_ALPHABET);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('refuses fewer than 6 random bytes', () => {
    expect(() => formatReference('death', bytes(1, 2, 3, 4, 5))).toThrow(expect.objectContaining({ code: 'not-enough-random-bytes' }));
  });

  it('writes references that validate, normalise to themselves and name their type', () => {
    for (const typeCode of APPOINTMENT_TYPE_CODES) {
      for (let seed = 0; seed < 256; seed += 17) {
        const reference = formatReference(typeCode, bytes(seed, seed + 1, seed * 3, 255 - seed, seed ^ 0x55, seed >> 1));
        expect(isReference(reference)).toBe(true);
        expect(normaliseReference(reference)).toBe(reference);
        expect(referenceTypeCode(reference)).toBe(typeCode);
      }
    }
  });
});

describe('isReference', () => {
  it.each([
    ['BRT-7K4Q-2M', true],
    ['CER-0000-00', true],
    ['brt-7k4q-2m', false],
    ['BRT7K4Q2M', false],
    ['BRT-7K4Q-2', false],
    ['BRT-7K4Q-2MM', false],
    ['BRT-7K4Q2-M', false],
    ['BRT-7K4O-2M', false],
    ['BRT-7K4I-2M', false],
    ['BRT-7K4L-2M', false],
    ['BRT-7K4U-2M', false],
    ['ABC-7K4Q-2M', false],
    [' BRT-7K4Q-2M', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(isReference(text)).toBe(expected);
  });
});

describe('normaliseReference', () => {
  it.each([
    ['already right', 'BRT-7K4Q-2M', 'BRT-7K4Q-2M'],
    ['lower case with spaces around', '  brt-7k4q-2m \n', 'BRT-7K4Q-2M'],
    ['spaces for dashes', 'DTH 7K4Q 2M', 'DTH-7K4Q-2M'],
    ['no separators', 'dth7k4q2m', 'DTH-7K4Q-2M'],
    ['dashes in other places', 'NTC-7K-4Q2M', 'NTC-7K4Q-2M'],
    ['en dashes from a word processor', 'CER–7K4Q–2M', 'CER-7K4Q-2M'],
    ['O read as zero', 'SBR-O0OO-1O', 'SBR-0000-10'],
    ['I and L read as one', 'NTR-IL1i-lL', 'NTR-1111-11'],
  ])('%s: %j is %j', (_case, text, expected) => {
    expect(normaliseReference(text)).toBe(expected);
  });

  it.each([
    ['U, which no character is mistaken for', 'BRT-7K4U-2M'],
    ['an unknown prefix', 'XYZ-7K4Q-2M'],
    ['a prefix with a zero for an O', 'NT0-7K4Q-2M'],
    ['a character short', 'BRT-7K4Q-2'],
    ['a character over', 'BRT-7K4Q-2MM'],
    ['punctuation', 'BRT-7K4Q-2M!'],
    ['nothing', '   '],
  ])('rejects %s: %j', (_case, text) => {
    expect(normaliseReference(text)).toBeUndefined();
  });
});

describe('referenceTypeCode', () => {
  it.each<[string, AppointmentTypeCode | undefined]>([
    ['BRT-7K4Q-2M', 'birth'],
    ['SBR-7K4Q-2M', 'still-birth'],
    ['DTH-7K4Q-2M', 'death'],
    ['NTC-7K4Q-2M', 'notice'],
    ['NTR-7K4Q-2M', 'notice-referred'],
    ['CER-7K4Q-2M', 'ceremony'],
    ['brt-7k4q-2m', undefined],
  ])('%s: %s', (reference, expected) => {
    expect(referenceTypeCode(reference)).toBe(expected);
  });
});
