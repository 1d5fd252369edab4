import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { DomainError } from './domain.errors';

export const REFERENCE_PREFIXES: Readonly<Record<AppointmentTypeCode, string>> = {
  birth: 'BRT',
  'still-birth': 'SBR',
  death: 'DTH',
  notice: 'NTC',
  'notice-referred': 'NTR',
  ceremony: 'CER',
};

/** Crockford's base 32: no I, L, O or U, so nothing is read as a different character. */
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const CODE_LENGTH = 6;
const TYPE_BY_PREFIX = new Map<string, AppointmentTypeCode>(APPOINTMENT_TYPE_CODES.map((code) => [REFERENCE_PREFIXES[code], code]));
const SHAPE = new RegExp(
  `^(${Object.values(REFERENCE_PREFIXES).join('|')})-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{2}$`,
);
const MISREADINGS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
const SEPARATORS = /[\s\u2010-\u2015-]+/g;

/**
 * A booking reference such as `BRT-7K4Q-2M`. The caller supplies at least 6 random bytes; each
 * gives one character from its low 5 bits, which keeps the characters uniform.
 */
export function formatReference(typeCode: AppointmentTypeCode, randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) {
    throw new DomainError('not-enough-random-bytes', `a reference needs ${CODE_LENGTH} random bytes, got ${randomBytes.length}`);
  }
  const characters = Array.from(randomBytes.subarray(0, CODE_LENGTH), (byte) => REFERENCE_ALPHABET[byte & 31]).join('');
  return `${REFERENCE_PREFIXES[typeCode]}-${characters.slice(0, 4)}-${characters.slice(4)}`;
}

/** Whether the text is a reference exactly as `formatReference` writes it. */
export function isReference(text: string): boolean {
  return SHAPE.test(text);
}

/**
 * A reference as a person may type it — any case, spaces or dashes anywhere, O for 0, I or L
 * for 1 — written the one way, or undefined when it cannot be one.
 */
export function normaliseReference(text: string): string | undefined {
  const compact = text.trim().toUpperCase().replace(SEPARATORS, '');
  if (compact.length !== 3 + CODE_LENGTH) return undefined;
  const code = compact.slice(3).replace(/[OIL]/g, (character) => MISREADINGS[character]);
  const reference = `${compact.slice(0, 3)}-${code.slice(0, 4)}-${code.slice(4)}`;
  return isReference(reference) ? reference : undefined;
}

/** The appointment type a well-formed reference was issued for. */
export function referenceTypeCode(reference: string): AppointmentTypeCode | undefined {
  return isReference(reference) ? TYPE_BY_PREFIX.get(reference.slice(0, 3)) : undefined;
}
