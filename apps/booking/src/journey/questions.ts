import type { AppointmentTypeCode } from '@regflow/contracts';
import { birthRegistrationWindow } from '@regflow/domain';
import { SERVICE_AREA } from '../content/service-copy';
import { ANSWER_KEYS } from './journey';

/** Where an answer leads: on to the next page, to a page that explains something first, or to a stop. */
export type Outcome = { readonly go: 'next' } | { readonly go: 'explain'; readonly page: ExplanationKey } | { readonly go: 'stop'; readonly page: StopKey };

export interface Option {
  readonly value: string;
  readonly text: string;
  readonly hint?: string;
}

interface QuestionBase {
  /** The answer's key, its field's name and the last part of its address. */
  readonly name: string;
  /** The page's heading: the question itself. */
  readonly heading: string;
  /** The guidance under the question that saves a wasted appointment. */
  readonly hint?: string;
  /** How the check-answers page names the answer. */
  readonly summary: string;
  outcome?(answer: string, today: string): Outcome;
}

export interface DateQuestion extends QuestionBase {
  readonly kind: 'date';
  /** Starts each error message: "Date of birth must include a month". */
  readonly label: string;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly options: readonly Option[];
  readonly required: string;
}

export interface CountQuestion extends QuestionBase {
  readonly kind: 'count';
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export type Question = DateQuestion | ChoiceQuestion | CountQuestion;

const NEXT: Outcome = { go: 'next' };
const YES_NO = (yesHint?: string, noHint?: string): readonly Option[] => [
  { value: 'yes', text: 'Yes', ...(yesHint ? { hint: yesHint } : {}) },
  { value: 'no', text: 'No', ...(noHint ? { hint: noHint } : {}) },
];

const dateOfBirth: DateQuestion = {
  kind: 'date',
  name: ANSWER_KEYS.dateOfBirth,
  heading: 'What is the baby’s date of birth?',
  hint: 'For example, 27 3 2024',
  label: 'Date of birth',
  summary: 'Date of birth',
  outcome: (bornOn, today) => {
    const window = birthRegistrationWindow(bornOn, today);
    if (window === 'registrar-general') return { go: 'stop', page: 'birth-after-12-months' };
    if (window === 'superintendent-registrar') return { go: 'explain', page: 'birth-after-3-months' };
    return window === 'late' ? { go: 'explain', page: 'birth-after-42-days' } : NEXT;
  },
};

const babies: CountQuestion = {
  kind: 'count',
  name: ANSWER_KEYS.babies,
  heading: 'How many babies are you registering?',
  hint: 'For twins, enter 2. We book a longer appointment for each extra baby.',
  label: 'Number of babies',
  summary: 'Number of babies',
  min: 1,
  max: 6,
};

const certificateOfStillBirth: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.certificate,
  heading: 'Do you have the certificate of still-birth?',
  hint: 'The doctor or midwife gives you this. You need it before the registrar can register your baby.',
  options: YES_NO(),
  required: 'Select yes if you have the certificate of still-birth',
  summary: 'Certificate of still-birth',
  outcome: (answer) => (answer === 'no' ? { go: 'stop', page: 'still-birth-certificate' } : NEXT),
};

const dateOfDeath: DateQuestion = {
  kind: 'date',
  name: ANSWER_KEYS.dateOfDeath,
  heading: 'What was the date of death?',
  hint: 'For example, 27 3 2024. If you do not know the exact date, enter the date the person was found.',
  label: 'Date of death',
  summary: 'Date of death',
};

const medicalCertificate: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.medicalCertificate,
  heading: 'Has the doctor or medical examiner issued the medical certificate of cause of death?',
  hint: 'They usually send it to the register office for you. They will tell you when it has been issued.',
  options: YES_NO(),
  required: 'Select yes if the medical certificate of cause of death has been issued',
  summary: 'Medical certificate issued',
  outcome: (answer) => (answer === 'no' ? { go: 'stop', page: 'medical-certificate' } : NEXT),
};

const coroner: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.coroner,
  heading: 'Has the death been referred to a coroner?',
  hint: 'A doctor or medical examiner refers a death to the coroner if it was sudden or the cause is not known. They will have told you.',
  options: YES_NO(),
  required: 'Select yes if the death has been referred to a coroner',
  summary: 'Referred to a coroner',
  outcome: (answer) => (answer === 'yes' ? { go: 'stop', page: 'coroner' } : NEXT),
};

const tellUsOnce: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.tellUsOnce,
  heading: 'Would you like to use Tell Us Once?',
  hint: 'At your appointment the registrar can tell most government organisations about the death for you, such as HM Revenue and Customs and the DVLA. We book a longer appointment.',
  options: YES_NO(),
  required: 'Select yes if you would like to use Tell Us Once',
  summary: 'Tell Us Once',
};

const residence: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.residence,
  heading: 'Where have you lived for the last 7 days?',
  hint: 'You must give notice in the district where you have lived for at least the last 7 days.',
  options: [
    { value: 'here', text: `In ${SERVICE_AREA}` },
    { value: 'elsewhere', text: 'Somewhere else in England or Wales' },
    { value: 'abroad', text: 'Outside England and Wales' },
  ],
  required: 'Select where you have lived for the last 7 days',
  summary: 'Lived for the last 7 days',
  outcome: (answer) => (answer === 'elsewhere' ? { go: 'stop', page: 'notice-elsewhere' } : answer === 'abroad' ? { go: 'stop', page: 'notice-abroad' } : NEXT),
};

const immigrationControl: ChoiceQuestion = {
  kind: 'choice',
  name: ANSWER_KEYS.immigration,
  heading: 'Are you or your partner subject to immigration control?',
  hint: 'You are not subject to immigration control if you are a British or Irish citizen, or have settled or pre-settled status under the EU Settlement Scheme.',
  options: YES_NO('You will give notice at a designated register office.'),
  required: 'Select yes if you or your partner are subject to immigration control',
  summary: 'Subject to immigration control',
  outcome: (answer) => (answer === 'yes' ? { go: 'explain', page: 'designated-notice' } : NEXT),
};

/** The questions of each service, in the order they are asked. */
export const QUESTIONS: Readonly<Partial<Record<AppointmentTypeCode, readonly Question[]>>> = {
  birth: [dateOfBirth, babies],
  'still-birth': [certificateOfStillBirth],
  death: [dateOfDeath, medicalCertificate, coroner, tellUsOnce],
  notice: [residence, immigrationControl],
};

export function questionsOf(service: AppointmentTypeCode): readonly Question[] {
  return QUESTIONS[service] ?? [];
}

/** Services reached through another's question rather than chosen: a designated notice through "immigration control". */
export const REACHED_THROUGH_A_QUESTION: ReadonlySet<AppointmentTypeCode> = new Set(['notice-referred']);

export type StopKey = 'birth-after-12-months' | 'still-birth-certificate' | 'medical-certificate' | 'coroner' | 'notice-elsewhere' | 'notice-abroad';
export type ExplanationKey = 'birth-after-42-days' | 'birth-after-3-months' | 'designated-notice';

export interface Explanation {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** Lists the offices' telephone numbers: the resident is told to call. */
  readonly callUs?: boolean;
}

/** Why an appointment cannot be booked online, and what to do instead. */
export const STOPS: Readonly<Record<StopKey, Explanation>> = {
  'birth-after-12-months': {
    title: 'You cannot book this registration online',
    paragraphs: [
      'The baby was born more than 12 months ago. The Registrar General must give permission before the birth can be registered.',
      'Call your register office. A registrar will explain what to do and arrange an appointment with you.',
    ],
    callUs: true,
  },
  'still-birth-certificate': {
    title: 'You need the certificate of still-birth first',
    paragraphs: [
      'The doctor or midwife will give you the certificate of still-birth. Come back and book when you have it.',
      'We aim to offer you an appointment within 2 working days of the certificate being issued.',
      'If you need help or would like to talk to someone, you can call us.',
    ],
    callUs: true,
  },
  'medical-certificate': {
    title: 'Wait for the medical certificate before you book',
    paragraphs: [
      'The death cannot be registered until the doctor or medical examiner has issued the medical certificate of cause of death.',
      'The medical examiner’s office will contact you when it has been issued, usually within a few days. Come back and book then.',
    ],
    callUs: true,
  },
  coroner: {
    title: 'Do not book until the coroner’s office contacts you',
    paragraphs: [
      'When a death has been referred to a coroner, it cannot be registered until the coroner has finished their enquiries.',
      'The coroner’s office will contact you and tell you when you can register the death, or will send the paperwork to us directly.',
    ],
    callUs: true,
  },
  'notice-elsewhere': {
    title: 'Give notice where you live',
    paragraphs: [
      `You must give notice at a register office in the district where you have lived for the last 7 days. You cannot give it in ${SERVICE_AREA} if you live somewhere else.`,
      'Find your local register office on GOV.UK: www.gov.uk/register-offices.',
    ],
  },
  'notice-abroad': {
    title: 'You cannot book notice online',
    paragraphs: [
      'You must have lived in England or Wales for at least 7 days before you can give notice here. Different rules apply if you live abroad.',
      'Call us and a registrar will explain what to do.',
    ],
    callUs: true,
  },
};

/** What a resident needs to know before going on. */
export const EXPLANATIONS: Readonly<Record<ExplanationKey, Explanation>> = {
  'birth-after-42-days': {
    title: 'This birth is being registered late',
    paragraphs: [
      'The law asks for a birth to be registered within 42 days. You can still register it, and the registrar will ask you why it was not registered sooner.',
    ],
  },
  'birth-after-3-months': {
    title: 'A superintendent registrar must attend',
    paragraphs: [
      'The baby was born more than 3 months ago, so a superintendent registrar must be at the registration as well as a registrar.',
      'You can book now. We will arrange for a superintendent registrar to attend, and may contact you to change the time.',
    ],
  },
  'designated-notice': {
    title: 'You will give notice at a designated register office',
    paragraphs: [
      'If you or your partner are subject to immigration control, you must give notice at a register office designated for this. We hold these appointments on some days only.',
      'You will be shown only those appointments. Your notice may be referred to the Home Office, which can extend the notice period to 70 days.',
    ],
  },
};
