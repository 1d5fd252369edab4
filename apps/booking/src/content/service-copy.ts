import type { AppointmentTypeCode } from '@regflow/contracts';

/**
 * What the pages say about a service that is wording, not a rule: the target in working days,
 * the documents to bring and how appointments are held come from the booking service.
 */
export interface ServiceCopy {
  /** Answer to "What do you need to register?" */
  readonly choice: string;
  readonly choiceHint?: string;
  /** What the resident does, in sentence case: "Register a birth". */
  readonly name: string;
  /** When the target's clock starts, completing "We aim to offer you an appointment within N working days …". */
  readonly targetClockStart: string;
  /** The statutory limit, short enough for a table cell. */
  readonly legalLimit?: string;
  readonly beforeYouBook: readonly string[];
  readonly detailsAskedFor: readonly string[];
}

export const SERVICE_NAME = 'Book a registration appointment';
/** The registration district the service's offices serve, as residents name it. */
export const SERVICE_AREA = 'Worcestershire';

/** Copy for a type a manager opened online that these pages have no words of their own for. */
export function fallbackCopy(typeName: string): ServiceCopy {
  return { choice: typeName, name: typeName, targetClockStart: 'of your request', beforeYouBook: [], detailsAskedFor: [] };
}

/** In the order the pages list services. */
export const SERVICE_COPY: Readonly<Partial<Record<AppointmentTypeCode, ServiceCopy>>> = {
  birth: {
    choice: 'A birth',
    name: 'Register a birth',
    targetClockStart: 'of your request',
    legalLimit: 'Within 42 days of the birth',
    beforeYouBook: [
      'You must register the birth within 42 days of the baby being born.',
      'If the parents are not married or in a civil partnership, the second parent’s details can usually be entered in the register only if both parents come to the appointment.',
    ],
    detailsAskedFor: [
      'the baby’s date and place of birth',
      'the names you have chosen for the baby',
      'each parent’s name, date and place of birth and occupation',
    ],
  },
  'still-birth': {
    choice: 'A still-birth',
    name: 'Register a still-birth',
    targetClockStart: 'of your request, or of the certificate of still-birth being issued if that is later',
    legalLimit: 'Within 42 days, and no later than 3 months',
    beforeYouBook: [
      'A still-birth should be registered within 42 days, and must be registered within 3 months.',
      'You can give a name for your baby to be included in the register if you wish. You do not have to.',
    ],
    detailsAskedFor: [
      'the date and place of the still-birth',
      'each parent’s name, date and place of birth and occupation',
    ],
  },
  death: {
    choice: 'A death',
    name: 'Register a death',
    targetClockStart: 'of your request',
    legalLimit: 'Within 5 days of the death, unless it has been referred to a coroner',
    beforeYouBook: [
      'A death must be registered within 5 days. If the death has been referred to a coroner, you cannot register it until the coroner has finished their enquiries.',
      'At the appointment the registrar can use Tell Us Once to let most government services know about the death for you.',
    ],
    detailsAskedFor: [
      'the person’s full name at the time of death, and any names they used before, such as a maiden name',
      'their date and place of birth, and the date and place of death',
      'their last address and their occupation',
      'the name, date of birth and occupation of their spouse or civil partner, if they had one',
    ],
  },
  notice: {
    choice: 'Notice of marriage or civil partnership',
    choiceHint: 'Each of you must give notice in person, at the register office for the district where you live.',
    name: 'Give notice of marriage or civil partnership',
    targetClockStart: 'of your request',
    legalLimit: 'Notice is published for 28 days before the ceremony, and is valid for 12 months',
    beforeYouBook: [
      'Each of you must give notice in person at the register office for the district where you have lived for at least the past 7 days.',
      'Your notice is published for 28 days. Your ceremony can take place after that, within 12 months of giving notice.',
      'If either of you is not a British or Irish citizen, you may need to give notice at a register office designated for this.',
    ],
    detailsAskedFor: [
      'where you plan to hold your ceremony',
      'each of your names, dates of birth, occupations and addresses',
    ],
  },
};
