import { CivilDate, Instant } from '@regflow/calendar';
import { AppointmentTypeCode, registerOfficeName } from '@regflow/contracts';
import { AppointmentMode, AppointmentTypeRules } from '../appointment-types';
import { formatDay, formatDuration, formatLondonDate, formatLondonDateTime, formatLondonTime, MessageBlock, RenderedMessage, renderMessage } from './message-format';
import { birthRegistrationDueBy, deathRegistrationDueBy, firstCeremonyDay, noticeValidUntil } from './reminder-plan';
import { asksSatisfaction } from './satisfaction';

/** An email's texts plus a short version for a text message. */
export interface ResidentMessage extends RenderedMessage {
  readonly sms: string;
}

export interface MessagePlace {
  readonly name: string;
  readonly address: string;
}

/** What a resident's message needs of the type's rules: the row managers edit, passed in. */
export type MessageTypeRules = Pick<AppointmentTypeRules, 'code' | 'name' | 'documentsToBring'>;

export interface AppointmentMessageInput {
  readonly reference: string;
  readonly type: MessageTypeRules;
  readonly residentName: string;
  readonly startsAt: Instant;
  readonly endsAt: Instant;
  readonly mode: AppointmentMode;
  /** Where a face-to-face appointment takes place; ignored for telephone appointments. */
  readonly office: MessagePlace | null;
  /** The number the registrar phones for a telephone appointment. */
  readonly phone?: string | null;
  /** The resident's link to change or cancel. */
  readonly manageUrl: string;
  /** Never shown for a still-birth. */
  readonly feedbackUrl?: string | null;
}

export interface RescheduledMessageInput extends AppointmentMessageInput {
  readonly previousStartsAt: Instant;
}

export interface CancelledMessageInput
  extends Pick<AppointmentMessageInput, 'reference' | 'type' | 'residentName' | 'startsAt' | 'feedbackUrl'> {
  /** Where to book again, when the resident still needs an appointment. */
  readonly bookingUrl?: string | null;
}

/** What the appointment is for, completing "Your appointment …". */
const PURPOSE: Readonly<Record<AppointmentTypeCode, string>> = {
  birth: 'to register a birth',
  'still-birth': 'to register the still-birth of your baby',
  death: 'to register a death',
  notice: 'to give notice of marriage or civil partnership',
  'notice-referred': 'to give notice of marriage or civil partnership',
  ceremony: 'for your marriage or civil partnership ceremony',
};

const BEREAVEMENT_TYPES: ReadonlySet<AppointmentTypeCode> = new Set(['still-birth', 'death']);
const SORRY = 'We are sorry for your loss.';

function opening(input: { readonly residentName: string; readonly type: MessageTypeRules }): MessageBlock[] {
  return [
    { kind: 'paragraph', text: `Dear ${input.residentName},` },
    ...(BEREAVEMENT_TYPES.has(input.type.code) ? [{ kind: 'paragraph' as const, text: SORRY }] : []),
  ];
}

function smsOpening(typeCode: AppointmentTypeCode): string {
  return BEREAVEMENT_TYPES.has(typeCode) ? `${SORRY} ` : '';
}

function feedback(input: { readonly type: MessageTypeRules; readonly feedbackUrl?: string | null }): MessageBlock[] {
  if (!input.feedbackUrl || !asksSatisfaction(input.type.code)) return [];
  return [{ kind: 'link', lead: 'Tell us what you think of our service', url: input.feedbackUrl }];
}

function place(input: AppointmentMessageInput): string {
  if (input.mode === 'telephone') return 'By telephone';
  return input.office ? `${registerOfficeName(input.office.name)}, ${input.office.address}` : 'We will tell you where before your appointment';
}

function appointmentDetails(input: AppointmentMessageInput): MessageBlock[] {
  const when = formatLondonDateTime(input.startsAt);
  const details: MessageBlock = {
    kind: 'details',
    rows: [
      ['Reference', input.reference],
      ['Date and time', when],
      ['Length', `about ${formatDuration(input.startsAt, input.endsAt)}`],
      [input.mode === 'telephone' ? 'How' : 'Where', place(input)],
    ],
  };
  const documents = input.type.documentsToBring;
  if (input.mode === 'telephone') {
    const number = input.phone ? `on ${input.phone}` : 'on the number you gave us';
    return [
      details,
      {
        kind: 'paragraph',
        text: `The registrar will phone you ${number} at ${formatLondonTime(input.startsAt)} on ${formatLondonDate(input.startsAt)}. You do not need to come to an office.`,
      },
      { kind: 'heading', text: 'What to have ready' },
      { kind: 'paragraph', text: 'Have these with you when the registrar phones:' },
      { kind: 'list', items: documents },
    ];
  }
  return [
    details,
    { kind: 'paragraph', text: 'Arrive a few minutes before your appointment.' },
    { kind: 'heading', text: 'What to bring' },
    { kind: 'list', items: documents },
  ];
}

function changeOrCancel(input: AppointmentMessageInput): MessageBlock[] {
  return [
    { kind: 'heading', text: 'Change or cancel your appointment' },
    { kind: 'link', lead: 'If you cannot make this time, change or cancel your appointment so someone else can use it', url: input.manageUrl },
  ];
}

function smsWhere(input: AppointmentMessageInput): string {
  if (input.mode === 'telephone') return 'The registrar will phone you at that time.';
  return input.office ? `At ${registerOfficeName(input.office.name)}.` : '';
}

function smsText(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** Sent as soon as an appointment is booked. */
export function confirmationMessage(input: AppointmentMessageInput): ResidentMessage {
  const { type } = input;
  const when = formatLondonDateTime(input.startsAt);
  return {
    ...renderMessage(`Appointment booked: ${type.name}, ${when}`, [
      ...opening(input),
      { kind: 'paragraph', text: `Your appointment ${PURPOSE[type.code]} is booked.` },
      ...appointmentDetails(input),
      ...changeOrCancel(input),
      ...feedback(input),
    ]),
    sms: smsText([
      smsOpening(input.type.code),
      `Your appointment ${PURPOSE[type.code]} is booked for ${when}.`,
      smsWhere(input),
      `Reference ${input.reference}.`,
      `Change or cancel: ${input.manageUrl}`,
    ]),
  };
}

/** Sent on the working day before the appointment. */
export function reminderMessage(input: AppointmentMessageInput): ResidentMessage {
  const { type } = input;
  const when = formatLondonDateTime(input.startsAt);
  return {
    ...renderMessage(`Reminder: ${type.name}, ${when}`, [
      ...opening(input),
      { kind: 'paragraph', text: `This is a reminder of your appointment ${PURPOSE[type.code]}.` },
      ...appointmentDetails(input),
      ...changeOrCancel(input),
      ...feedback(input),
    ]),
    sms: smsText([
      smsOpening(input.type.code),
      `Reminder: your appointment ${PURPOSE[type.code]} is on ${when}.`,
      smsWhere(input),
      `Reference ${input.reference}.`,
      `Change or cancel: ${input.manageUrl}`,
    ]),
  };
}

/** Sent when an appointment moves: it confirms the new time. */
export function rescheduledMessage(input: RescheduledMessageInput): ResidentMessage {
  const { type } = input;
  const when = formatLondonDateTime(input.startsAt);
  return {
    ...renderMessage(`Appointment changed: ${type.name}, now ${when}`, [
      ...opening(input),
      { kind: 'paragraph', text: `Your appointment ${PURPOSE[type.code]} has changed.` },
      { kind: 'paragraph', text: `It is now on ${when}. It was on ${formatLondonDateTime(input.previousStartsAt)}.` },
      ...appointmentDetails(input),
      ...changeOrCancel(input),
      ...feedback(input),
    ]),
    sms: smsText([
      smsOpening(input.type.code),
      `Your appointment ${PURPOSE[type.code]} has moved to ${when}.`,
      smsWhere(input),
      `Reference ${input.reference}.`,
      `Change or cancel: ${input.manageUrl}`,
    ]),
  };
}

/** Sent when an appointment is cancelled, by the resident or by staff. */
export function cancelledMessage(input: CancelledMessageInput): ResidentMessage {
  const { type } = input;
  const when = formatLondonDateTime(input.startsAt);
  const cancelled = `Your appointment ${PURPOSE[type.code]} on ${when} has been cancelled.`;
  return {
    ...renderMessage(`Appointment cancelled: ${type.name}, ${when}`, [
      ...opening(input),
      { kind: 'paragraph', text: cancelled },
      { kind: 'details', rows: [['Reference', input.reference]] },
      ...(input.bookingUrl ? [{ kind: 'link' as const, lead: 'If you still need an appointment, book a new one', url: input.bookingUrl }] : []),
      ...feedback(input),
    ]),
    sms: smsText([smsOpening(input.type.code), cancelled, `Reference ${input.reference}.`]),
  };
}

export interface SatisfactionMessageInput extends Pick<AppointmentMessageInput, 'reference' | 'type' | 'residentName' | 'startsAt'> {
  /** The page with the one question. */
  readonly satisfactionUrl: string;
}

/** Sent the day after an appointment the resident came to; never after a still-birth (the planner does not ask). */
export function satisfactionMessage(input: SatisfactionMessageInput): ResidentMessage {
  const { type } = input;
  const day = formatLondonDate(input.startsAt);
  return {
    ...renderMessage(`How was your appointment on ${day}?`, [
      ...opening(input),
      { kind: 'paragraph', text: `Thank you for your appointment ${PURPOSE[type.code]} on ${day}.` },
      { kind: 'paragraph', text: 'We would like to know how we did. There is one question, and you can add a comment if you want to. You do not have to answer.' },
      { kind: 'link', lead: 'Tell us how we did', url: input.satisfactionUrl },
      { kind: 'details', rows: [['Reference', input.reference]] },
    ]),
    sms: smsText([smsOpening(type.code), `Thank you for your appointment on ${day}. How did we do? One question: ${input.satisfactionUrl}`]),
  };
}

interface EscalationBase {
  /** The reference staff search for: the appointment's, or the request's. */
  readonly reference: string;
  /** Where staff open the record. */
  readonly recordUrl: string;
}

export interface DeathNotRegisteredEscalation extends EscalationBase {
  readonly kind: 'death-not-registered';
  readonly diedOn: CivilDate;
  readonly appointmentStartsAt: Instant | null;
}

export interface BirthApproachingLimitEscalation extends EscalationBase {
  readonly kind: 'birth-approaching-limit';
  readonly bornOn: CivilDate;
  readonly appointmentStartsAt: Instant | null;
}

export interface NoticePeriodEndedEscalation extends EscalationBase {
  readonly kind: 'notice-period-ended';
  readonly noticeGivenOn: CivilDate;
  readonly referred: boolean;
}

export interface NoticeExpiringEscalation extends EscalationBase {
  readonly kind: 'notice-expiring';
  readonly noticeGivenOn: CivilDate;
}

export interface OfferDeadlineNearEscalation extends EscalationBase {
  readonly kind: 'offer-deadline-near';
  readonly type: Pick<AppointmentTypeRules, 'name'>;
  /** The target recorded on the request when it was made, and the deadline it gave. */
  readonly targetWorkingDays: number;
  readonly deadlineDay: CivilDate;
}

/** The messages a delivery can fail for, as staff would name them. */
export const MESSAGE_NAMES = {
  confirmation: 'booking confirmation',
  reminder: 'reminder',
  rescheduled: 'change of appointment',
  cancelled: 'cancellation',
  satisfaction: 'question about our service',
} as const;
export type ResidentMessageKind = keyof typeof MESSAGE_NAMES;

export interface DeliveryFailedEscalation extends EscalationBase {
  readonly kind: 'delivery-failed';
  readonly message: ResidentMessageKind;
  /** Our key of the message, as the outbox and the provider know it. */
  readonly messageKey: string;
  readonly channel: 'email' | 'sms';
  readonly attempts: number;
  /** The provider's last answer; only its first line is shown. */
  readonly lastError: string;
}

export type EscalationInput =
  | DeathNotRegisteredEscalation
  | BirthApproachingLimitEscalation
  | NoticePeriodEndedEscalation
  | NoticeExpiringEscalation
  | OfferDeadlineNearEscalation
  | DeliveryFailedEscalation;

export type EscalationKind = EscalationInput['kind'];

const ERROR_LENGTH = 200;

function appointmentLine(startsAt: Instant | null): MessageBlock {
  return {
    kind: 'paragraph',
    text: startsAt ? `An appointment is booked for ${formatLondonDateTime(startsAt)}.` : 'No appointment is booked.',
  };
}

function openRecord(input: EscalationBase): MessageBlock {
  return { kind: 'link', lead: 'Open the record', url: input.recordUrl };
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > ERROR_LENGTH ? `${line.slice(0, ERROR_LENGTH - 1)}…` : line;
}

/** Messages to staff. They carry a reference and a link to the record, not the resident's details. */
export function escalationMessage(input: EscalationInput): RenderedMessage {
  switch (input.kind) {
    case 'death-not-registered': {
      const dueBy = formatDay(deathRegistrationDueBy(input.diedOn));
      return renderMessage(`Death not yet registered, day 4: ${input.reference}`, [
        { kind: 'paragraph', text: `The death on ${formatDay(input.diedOn)} (reference ${input.reference}) has not been registered.` },
        { kind: 'paragraph', text: `To count as registered within 5 days, it must be registered by ${dueBy}.` },
        appointmentLine(input.appointmentStartsAt),
        openRecord(input),
      ]);
    }
    case 'birth-approaching-limit': {
      const dueBy = formatDay(birthRegistrationDueBy(input.bornOn));
      return renderMessage(`Birth not yet registered, 42-day limit on ${dueBy}: ${input.reference}`, [
        { kind: 'paragraph', text: `The birth on ${formatDay(input.bornOn)} (reference ${input.reference}) has not been registered.` },
        { kind: 'paragraph', text: `The law allows 42 days from the birth: the last day is ${dueBy}.` },
        appointmentLine(input.appointmentStartsAt),
        openRecord(input),
      ]);
    }
    case 'notice-period-ended': {
      const days = input.referred ? '70-day' : '28-day';
      return renderMessage(`Notice period ended: ${input.reference} may now hold their ceremony`, [
        { kind: 'paragraph', text: `The ${days} notice period for the notice given on ${formatDay(input.noticeGivenOn)} (reference ${input.reference}) has ended.` },
        {
          kind: 'paragraph',
          text: `The couple may hold their ceremony from ${formatDay(firstCeremonyDay(input.noticeGivenOn, input.referred))} until ${formatDay(noticeValidUntil(input.noticeGivenOn))}.`,
        },
        openRecord(input),
      ]);
    }
    case 'notice-expiring': {
      const validUntil = formatDay(noticeValidUntil(input.noticeGivenOn));
      return renderMessage(`Notice expires on ${validUntil} with no ceremony: ${input.reference}`, [
        { kind: 'paragraph', text: `The notice given on ${formatDay(input.noticeGivenOn)} (reference ${input.reference}) is valid until ${validUntil}.` },
        { kind: 'paragraph', text: 'No ceremony has taken place. After that day the couple must give notice again.' },
        openRecord(input),
      ]);
    }
    case 'offer-deadline-near': {
      const deadline = formatDay(input.deadlineDay);
      return renderMessage(`No appointment offered yet, target ${deadline}: ${input.reference}`, [
        { kind: 'paragraph', text: `The ${input.type.name.toLowerCase()} request ${input.reference} has not been offered an appointment.` },
        { kind: 'paragraph', text: `The target is an offer within ${input.targetWorkingDays} working days: by ${deadline}.` },
        openRecord(input),
      ]);
    }
    case 'delivery-failed': {
      const what = `${MESSAGE_NAMES[input.message]} ${input.channel === 'sms' ? 'text message' : 'email'}`;
      return renderMessage(`Not delivered: ${what} for ${input.reference}`, [
        { kind: 'paragraph', text: `We could not send the ${what} for reference ${input.reference}.` },
        {
          kind: 'details',
          rows: [
            ['Message', input.messageKey],
            ['Attempts', String(input.attempts)],
            ['Last error', firstLine(input.lastError)],
          ],
        },
        { kind: 'paragraph', text: 'Contact the resident another way. Their details are on the record.' },
        openRecord(input),
      ]);
    }
  }
}
