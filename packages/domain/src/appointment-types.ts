import { APPOINTMENT_MODES, AppointmentMode, AppointmentTypeCode } from '@regflow/contracts';
import { DomainError } from './domain.errors';

export { APPOINTMENT_MODES };
export type { AppointmentMode };

/**
 * An appointment type's rules as the service runs them: the row managers edit. Every rule that
 * depends on the type takes these as a value; `DEFAULT_APPOINTMENT_TYPES` only seeds the rows.
 */
export interface AppointmentTypeRules {
  readonly code: AppointmentTypeCode;
  readonly name: string;
  /** The service target for the first offered appointment, in working days from the request. */
  readonly targetWorkingDays: number;
  readonly durationMinutes: number;
  readonly extraMinutesPerExtraBaby: number;
  readonly extraMinutesForTellUsOnce: number;
  readonly modes: readonly AppointmentMode[];
  /** Referred notices and ceremonies are arranged by staff, never booked online. */
  readonly onlineBookable: boolean;
  readonly documentsToBring: readonly string[];
}

const NOTICE_DOCUMENTS = [
  'Your passport, or another proof of your name, date of birth and nationality',
  'Proof of your address for the last 7 days, such as a council tax bill, utility bill or bank statement dated within the last 3 months',
  'If you have been married or in a civil partnership before: the final order or decree absolute, or the death certificate of your former partner',
  'If you have changed your name: proof of the change, such as a deed poll',
] as const;

/** DOMAIN.md's appointment types: what a new installation's rows start with. */
export const DEFAULT_APPOINTMENT_TYPES: Readonly<Record<AppointmentTypeCode, AppointmentTypeRules>> = {
  birth: {
    code: 'birth',
    name: 'Birth registration',
    targetWorkingDays: 5,
    durationMinutes: 30,
    extraMinutesPerExtraBaby: 10,
    extraMinutesForTellUsOnce: 0,
    modes: ['face-to-face'],
    onlineBookable: true,
    documentsToBring: [
      'Proof of identity for each parent attending, such as a passport or driving licence',
      'Proof of address, such as a council tax bill or a recent utility bill',
      'Your marriage or civil partnership certificate, if the parents are married to or in a civil partnership with each other',
      "The baby's personal child health record (red book), if you have it",
    ],
  },
  'still-birth': {
    code: 'still-birth',
    name: 'Still-birth registration',
    targetWorkingDays: 2,
    durationMinutes: 30,
    extraMinutesPerExtraBaby: 10,
    extraMinutesForTellUsOnce: 0,
    modes: ['face-to-face', 'telephone'],
    onlineBookable: true,
    documentsToBring: [
      'The certificate of still-birth from the doctor or midwife, unless it has been sent to us directly',
      'Proof of identity for each parent attending, such as a passport or driving licence, if you have it to hand',
      'Your marriage or civil partnership certificate, if the parents are married to or in a civil partnership with each other',
    ],
  },
  death: {
    code: 'death',
    name: 'Death registration',
    targetWorkingDays: 2,
    durationMinutes: 30,
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 15,
    modes: ['face-to-face', 'telephone'],
    onlineBookable: true,
    documentsToBring: [
      'The medical certificate of cause of death, unless the doctor or medical examiner has sent it to us directly',
      "The person's full name, date and place of birth, last address and occupation",
      "The person's NHS number and National Insurance number, if you know them",
      "The person's birth certificate, marriage or civil partnership certificate and passport, if you can find them",
      'Proof of your own identity, such as a passport or driving licence',
      'For Tell Us Once: details of any benefits, pensions, Blue Badge, driving licence and passport the person held',
    ],
  },
  notice: {
    code: 'notice',
    name: 'Notice of marriage or civil partnership',
    targetWorkingDays: 10,
    durationMinutes: 30,
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 0,
    modes: ['face-to-face'],
    onlineBookable: true,
    documentsToBring: NOTICE_DOCUMENTS,
  },
  'notice-referred': {
    code: 'notice-referred',
    name: 'Notice of marriage or civil partnership at a designated office',
    targetWorkingDays: 10,
    durationMinutes: 45,
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 0,
    modes: ['face-to-face'],
    onlineBookable: false,
    documentsToBring: [
      ...NOTICE_DOCUMENTS,
      'Evidence of your immigration status, such as your visa or eVisa share code',
      'A recent passport-sized photograph of each of you',
    ],
  },
  ceremony: {
    code: 'ceremony',
    name: 'Marriage or civil partnership ceremony',
    targetWorkingDays: 10,
    durationMinutes: 60,
    extraMinutesPerExtraBaby: 0,
    extraMinutesForTellUsOnce: 0,
    modes: ['face-to-face'],
    onlineBookable: false,
    documentsToBring: [
      'Proof of identity for each of you, such as a passport or driving licence',
      'Your two witnesses, each with proof of identity',
    ],
  },
};

export interface DurationOptions {
  /** Babies registered in the one appointment (twins: 2); 1 when absent. */
  readonly babies?: number;
  readonly tellUsOnce?: boolean;
}

export type DurationRules = Pick<AppointmentTypeRules, 'durationMinutes' | 'extraMinutesPerExtraBaby' | 'extraMinutesForTellUsOnce'>;

/** An appointment's length: the type's duration, longer for each extra baby and for Tell Us Once. */
export function appointmentDurationMinutes(type: DurationRules, options: DurationOptions = {}): number {
  const babies = options.babies ?? 1;
  if (!Number.isInteger(babies) || babies < 1) {
    throw new DomainError('invalid-baby-count', `"${babies}" is not a number of babies: use a whole number, 1 or more`);
  }
  return (
    type.durationMinutes +
    (babies - 1) * type.extraMinutesPerExtraBaby +
    (options.tellUsOnce ? type.extraMinutesForTellUsOnce : 0)
  );
}
