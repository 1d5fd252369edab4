import type { AppointmentTypeCode } from '@regflow/contracts';

/** The appointment types residents can book online (ceremonies are requested, not booked). */
export type OnlineServiceCode = Extract<AppointmentTypeCode, 'birth' | 'still-birth' | 'death' | 'notice'>;

export interface OnlineService {
  readonly code: OnlineServiceCode;
  /** Answer to "What do you need to register?" */
  readonly choice: string;
  readonly choiceHint?: string;
  /** What the resident does, in sentence case: "Register a birth". */
  readonly name: string;
  /** The service target from DOMAIN.md: first appointment offered within this many working days. */
  readonly targetWorkingDays: number;
  /** When the target's clock starts, completing "We aim to offer you an appointment within N working days …". */
  readonly targetClockStart: string;
  /** The statutory limit, short enough for a table cell. */
  readonly legalLimit: string;
  readonly beforeYouBook: readonly string[];
  readonly whatToBring: readonly string[];
  readonly detailsAskedFor: readonly string[];
}

export const SERVICE_NAME = 'Book a registration appointment';

export const ONLINE_SERVICES: readonly OnlineService[] = [
  {
    code: 'birth',
    choice: 'A birth',
    name: 'Register a birth',
    targetWorkingDays: 5,
    targetClockStart: 'of your request',
    legalLimit: 'Within 42 days of the birth',
    beforeYouBook: [
      'You must register the birth within 42 days of the baby being born.',
      'If the parents are not married or in a civil partnership, the second parent’s details can usually be entered in the register only if both parents come to the appointment.',
    ],
    whatToBring: [
      'identification for each parent who comes to the appointment, such as a passport or driving licence',
      'the baby’s personal child health record (the ‘red book’), if you have it',
      'your marriage or civil partnership certificate, if the parents are married or in a civil partnership',
    ],
    detailsAskedFor: [
      'the baby’s date and place of birth',
      'the names you have chosen for the baby',
      'each parent’s name, date and place of birth and occupation',
    ],
  },
  {
    code: 'still-birth',
    choice: 'A still-birth',
    name: 'Register a still-birth',
    targetWorkingDays: 2,
    targetClockStart: 'of your request, or of the certificate of still-birth being issued if that is later',
    legalLimit: 'Within 42 days, and no later than 3 months',
    beforeYouBook: [
      'A still-birth should be registered within 42 days, and must be registered within 3 months.',
      'You can give a name for your baby to be included in the register if you wish. You do not have to.',
    ],
    whatToBring: [
      'the certificate of still-birth from the doctor or midwife, or the form from the coroner',
      'identification for each parent who comes to the appointment, such as a passport or driving licence, if you have it',
    ],
    detailsAskedFor: [
      'the date and place of the still-birth',
      'each parent’s name, date and place of birth and occupation',
    ],
  },
  {
    code: 'death',
    choice: 'A death',
    name: 'Register a death',
    targetWorkingDays: 2,
    targetClockStart: 'of your request',
    legalLimit: 'Within 5 days of the death, unless it has been referred to a coroner',
    beforeYouBook: [
      'A death must be registered within 5 days. If the death has been referred to a coroner, you cannot register it until the coroner has finished their enquiries.',
      'At the appointment the registrar can use Tell Us Once to let most government services know about the death for you.',
    ],
    whatToBring: [
      'the medical certificate of cause of death, if the doctor or medical examiner gave it to you (it is often sent to the register office directly)',
      'identification for yourself, such as a passport or driving licence',
      'if you have them, the person’s birth certificate, marriage or civil partnership certificate, NHS number, passport, driving licence and proof of address',
    ],
    detailsAskedFor: [
      'the person’s full name at the time of death, and any names they used before, such as a maiden name',
      'their date and place of birth, and the date and place of death',
      'their last address and their occupation',
      'the name, date of birth and occupation of their spouse or civil partner, if they had one',
    ],
  },
  {
    code: 'notice',
    choice: 'Notice of marriage or civil partnership',
    choiceHint: 'Each of you must give notice in person, at the register office for the district where you live.',
    name: 'Give notice of marriage or civil partnership',
    targetWorkingDays: 10,
    targetClockStart: 'of your request',
    legalLimit: 'Notice is published for 28 days before the ceremony, and is valid for 12 months',
    beforeYouBook: [
      'Each of you must give notice in person at the register office for the district where you have lived for at least the past 7 days.',
      'Your notice is published for 28 days. Your ceremony can take place after that, within 12 months of giving notice.',
      'If either of you is not a British or Irish citizen, you may need to give notice at a register office designated for this.',
    ],
    whatToBring: [
      'proof of your name, age and nationality, such as a valid passport',
      'proof of your address, such as a recent utility bill or bank statement',
      'if you have been married or in a civil partnership before, the final order or decree absolute, or your former partner’s death certificate',
      'if you have changed your name, proof of the change, such as a deed poll',
    ],
    detailsAskedFor: [
      'where you plan to hold your ceremony',
      'each of your names, dates of birth, occupations and addresses',
    ],
  },
];

export function findOnlineService(code: string): OnlineService | undefined {
  return ONLINE_SERVICES.find((service) => service.code === code);
}
