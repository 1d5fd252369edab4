import { AppointmentStatus, RESIDENT_PATHS } from '@regflow/contracts';
import { SATISFACTION_COMMENT_LENGTH } from '@regflow/domain';
import type { AppointmentChoice } from '../appointments/appointment-choice';
import { appointmentInWords, placeOf } from '../appointments/appointment-choice';
import type { PublicOffice, ResidentBooking } from '../booking-port';
import { whenInWords } from '../content/when';
import type { FieldError } from '../journey/answers';
import type { manageLinks } from '../links';
import { errorFor } from '../page-errors';
import type { Page } from '../pages';
import { changeWindowOf, isUpcoming } from './change-window';
import { COMMENT_FIELD, FeedbackForm, RATING_FIELD, RATING_OPTIONS } from './feedback-form';

/** One booking as its pages show it, with the links (each carrying the token) between them. */
export interface ManagedAppointment {
  readonly booking: ResidentBooking;
  readonly serviceName: string;
  readonly documentsToBring: readonly string[];
  readonly offices: readonly PublicOffice[];
  readonly links: ReturnType<typeof manageLinks>;
  /** The service's clock. */
  readonly now: string;
}

/** What the appointment page confirms after a change made on the pages before it. */
export type ManageNotice = 'changed' | 'cancelled';

const STATUS_WORDS: Readonly<Record<AppointmentStatus, string>> = {
  booked: 'Booked',
  attended: 'Attended',
  registered: 'Attended',
  'did-not-attend': 'Missed',
  cancelled: 'Cancelled',
};

const FEEDBACK_QUESTION = 'Overall, how did you feel about the service you received at your appointment?';

export function appointmentPage(appointment: ManagedAppointment, notice?: ManageNotice): Page {
  const { booking, offices, links, now } = appointment;
  const window = changeWindowOf(booking, now);
  const upcoming = isUpcoming(booking, now);
  const cancelled = booking.status === 'cancelled';
  const banner =
    notice === 'changed' && booking.status === 'booked'
      ? `Your appointment has been changed to ${appointmentInWords(booking, offices)}`
      : notice === 'cancelled' && cancelled
        ? 'Your appointment has been cancelled'
        : null;
  return {
    view: 'manage/appointment.njk',
    title: 'Your appointment',
    context: {
      banner,
      caption: appointment.serviceName,
      reference: booking.reference,
      when: whenInWords(booking.startsAt),
      place: placeOf(booking, offices),
      byTelephone: booking.mode === 'telephone',
      residentPhone: booking.residentPhone,
      status: STATUS_WORDS[booking.status],
      cancelled,
      bookHref: RESIDENT_PATHS.book,
      documentsToBring: upcoming ? appointment.documentsToBring : [],
      calendarHref: upcoming || cancelled ? links.calendar : null,
      changeable: window.kind === 'open',
      changeableUntil: whenInWords(booking.changeableUntil),
      tooLateReason: window.kind === 'too-late' ? window.reason : null,
      offices,
      links,
      feedbackOpen: booking.satisfaction === 'open',
    },
  };
}

export function changeAppointmentPage(
  appointment: ManagedAppointment,
  view: { choice: AppointmentChoice; formAction: string; filterAction: string; laterHref: string; officeChosen: boolean; error?: string },
): Page {
  const { booking, offices, links } = appointment;
  const heading = 'Choose a new time for your appointment';
  const summarised = view.error !== undefined && view.choice.firstRadioId !== null;
  return {
    view: 'manage/change-appointment.njk',
    title: heading,
    errorList: summarised ? [{ text: view.error!, href: `#${view.choice.firstRadioId}` }] : [],
    context: {
      heading,
      caption: appointment.serviceName,
      current: appointmentInWords(booking, offices),
      token: booking.manageToken,
      backHref: links.view,
      allOfficesHref: links.change,
      offices,
      ...view,
      // With no times left on the page, the error has no radio to link to: it is shown as a notice.
      notice: !summarised && view.error ? view.error : null,
    },
  };
}

export function cancelAppointmentPage(appointment: ManagedAppointment): Page {
  const { booking, offices, links } = appointment;
  return {
    view: 'manage/cancel-appointment.njk',
    title: 'Are you sure you want to cancel your appointment?',
    context: { caption: appointment.serviceName, reference: booking.reference, when: appointmentInWords(booking, offices), formAction: links.cancel, keepHref: links.view, backHref: links.view },
  };
}

export function feedbackPage(appointment: ManagedAppointment, form: FeedbackForm, errors: readonly FieldError[] = []): Page {
  return {
    view: 'manage/feedback.njk',
    title: FEEDBACK_QUESTION,
    errorList: errors,
    context: {
      backHref: appointment.links.view,
      formAction: appointment.links.satisfaction,
      rating: {
        name: RATING_FIELD,
        idPrefix: RATING_FIELD,
        fieldset: { legend: { text: FEEDBACK_QUESTION, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } },
        items: RATING_OPTIONS.map((option) => ({ ...option, checked: option.value === form.rating })),
        errorMessage: errorFor(errors, RATING_FIELD),
      },
      comment: {
        id: COMMENT_FIELD,
        name: COMMENT_FIELD,
        maxlength: SATISFACTION_COMMENT_LENGTH,
        label: { text: 'Is there anything else you would like to tell us? (optional)', classes: 'govuk-label--m' },
        hint: { text: 'Do not include personal information, such as your name, address or telephone number.' },
        value: form.comment,
        errorMessage: errorFor(errors, COMMENT_FIELD),
      },
    },
  };
}

/** A page that says one thing: a heading, a few paragraphs, where to call and where to go next. */
interface Message {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly offices?: readonly PublicOffice[];
  readonly links?: readonly { readonly href: string; readonly text: string }[];
  readonly backHref?: string;
}

function messagePage({ heading, ...message }: Message): Page {
  return { view: 'manage/message.njk', title: heading, context: { heading, links: [], ...message, showCallUs: message.offices !== undefined } };
}

/** A link that names no booking (a wrong or partial token, an unknown reference): it never says which. */
export function linkNotValidPage(offices: readonly PublicOffice[]): Page {
  return messagePage({
    heading: 'This link to your appointment is not valid',
    paragraphs: ['Check you used the full link from your confirmation email, or call the register office.'],
    offices,
    links: [{ href: '/', text: 'Go to the start of the service' }],
  });
}

/** The service refused a change or cancellation the resident must now ask for by telephone. */
export function cannotChangePage(appointment: ManagedAppointment, reason: string): Page {
  return messagePage({
    heading: 'You cannot change this appointment online',
    paragraphs: [reason, `Your appointment is still booked for ${appointmentInWords(appointment.booking, appointment.offices)}.`],
    offices: appointment.offices,
    links: [{ href: appointment.links.view, text: 'View your appointment' }],
    backHref: appointment.links.view,
  });
}

/** Times of the type cannot be booked online now (a suspension, a type no longer online). */
export function cannotRebookPage(appointment: ManagedAppointment, reason: string): Page {
  return messagePage({
    heading: 'You cannot change this appointment online at the moment',
    paragraphs: [reason, `Your appointment is still booked for ${appointmentInWords(appointment.booking, appointment.offices)}. To change it, call the register office.`],
    offices: appointment.offices,
    links: [{ href: appointment.links.view, text: 'View your appointment' }],
    backHref: appointment.links.view,
  });
}

export function feedbackThanksPage(appointment: ManagedAppointment): Page {
  return messagePage({
    heading: 'Thank you for your feedback',
    paragraphs: ['We use what residents tell us to improve the service.'],
    links: [{ href: appointment.links.view, text: 'View your appointment' }],
  });
}

export function feedbackNotAvailablePage(appointment: ManagedAppointment): Page {
  return messagePage({
    heading: 'You cannot give feedback on this appointment',
    paragraphs: ['You can tell us how your appointment went once it has taken place, using the link we send you afterwards.'],
    links: [{ href: appointment.links.view, text: 'View your appointment' }],
  });
}
