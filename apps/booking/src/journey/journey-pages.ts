import type { PublicOffice, ResidentBooking } from '../booking-port';
import type { AppointmentChoice } from '../appointments/appointment-choice';
import { appointmentInWords, placeOf } from '../appointments/appointment-choice';
import { dayInWords, whenInWords } from '../content/when';
import type { OnlineService } from '../online-services';
import { errorFor } from '../page-errors';
import type { Page } from '../pages';
import { dateParts, FieldError, FormFields } from './answers';
import type { Journey } from './journey';
import type { Explanation, Question } from './questions';


/** One question, one page: its answer shown back, or what was typed with its error. */
export function questionPage(service: OnlineService, question: Question, view: { answer?: string; typed?: FormFields; error?: FieldError; backHref: string }): Page {
  const errors = view.error ? [view.error] : [];
  return {
    view: 'question.njk',
    title: question.heading,
    errorList: errors,
    context: { caption: service.name, backHref: view.backHref, kind: question.kind, field: questionField(question, view, errors) },
  };
}

/** The GOV.UK macro's parameters for the question's field: date input, radios or a short input. */
function questionField(question: Question, view: { answer?: string; typed?: FormFields; error?: FieldError }, errors: readonly FieldError[]): Record<string, unknown> {
  const hint = question.hint ? { text: question.hint } : undefined;
  const legend = { text: question.heading, isPageHeading: true, classes: 'govuk-fieldset__legend--l' };
  switch (question.kind) {
    case 'date': {
      const stored = dateParts(view.answer);
      const erroneousPart = view.error?.href.split('-').pop();
      const items = (['day', 'month', 'year'] as const).map((part) => ({
        name: part,
        label: part[0]!.toUpperCase() + part.slice(1),
        classes: `govuk-input--width-${part === 'year' ? 4 : 2}${view.error && (erroneousPart === part || view.error.text.startsWith('Enter')) ? ' govuk-input--error' : ''}`,
        value: view.typed ? view.typed[`${question.name}-${part}`] : stored[part],
      }));
      return { id: question.name, namePrefix: question.name, fieldset: { legend }, hint, items, errorMessage: view.error ? { text: view.error.text } : undefined };
    }
    case 'choice': {
      const chosen = view.typed ? view.typed[question.name] : view.answer;
      const items = question.options.map((option) => ({ value: option.value, text: option.text, hint: option.hint ? { text: option.hint } : undefined, checked: option.value === chosen }));
      return { name: question.name, idPrefix: question.name, fieldset: { legend }, hint, items, errorMessage: errorFor(errors, question.name) };
    }
    case 'count':
      return {
        id: question.name,
        name: question.name,
        label: { text: question.heading, isPageHeading: true, classes: 'govuk-label--l' },
        hint,
        classes: 'govuk-input--width-2',
        inputmode: 'numeric',
        spellcheck: false,
        value: view.typed ? view.typed[question.name] : view.answer,
        errorMessage: errorFor(errors, question.name),
      };
  }
}

export function explanationPage(service: OnlineService, explanation: Explanation, view: { backHref: string; continueHref?: string; offices: readonly PublicOffice[] }): Page {
  return { view: 'explanation.njk', title: explanation.title, context: { caption: service.name, explanation, ...view } };
}

export function chooseAppointmentPage(
  service: OnlineService,
  view: { choice: AppointmentChoice; refusal?: string; notice?: string; guidance: readonly string[]; backHref: string; offices: readonly PublicOffice[]; laterHref: string; allOfficesHref: string; officeChosen: boolean; keepChanging: boolean; error?: string; heading?: string },
): Page {
  const heading = view.heading ?? 'Choose an appointment';
  return {
    view: 'choose-appointment.njk',
    title: heading,
    errorList: view.error && view.choice.firstRadioId ? [{ text: view.error, href: `#${view.choice.firstRadioId}` }] : [],
    context: { caption: service.name, heading, ...view },
  };
}

export interface DetailsForm {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

export function detailsPage(service: OnlineService, view: { form: DetailsForm; errors: readonly FieldError[]; byTelephone: boolean; textMessages: boolean; backHref: string }): Page {
  const { form, errors } = view;
  const contactAdvice = view.textMessages
    ? 'We will send your confirmation and a reminder to your email address, or by text message if you give only a mobile number.'
    : 'We will send your confirmation and a reminder to your email address.';
  return {
    view: 'your-details.njk',
    title: 'Your details',
    errorList: errors,
    context: {
      caption: service.name,
      backHref: view.backHref,
      contactAdvice,
      fields: {
        name: { id: 'name', name: 'name', label: { text: 'Full name' }, hint: { text: 'The person coming to the appointment' }, autocomplete: 'name', spellcheck: false, value: form.name, errorMessage: errorFor(errors, 'name') },
        email: {
          id: 'email',
          name: 'email',
          type: 'email',
          label: { text: view.textMessages ? 'Email address (optional if you give a mobile number)' : 'Email address' },
          autocomplete: 'email',
          spellcheck: false,
          value: form.email,
          errorMessage: errorFor(errors, 'email'),
        },
        phone: {
          id: 'phone',
          name: 'phone',
          type: 'tel',
          label: { text: view.byTelephone ? 'Telephone number' : 'Mobile or telephone number (optional)' },
          hint: { text: view.byTelephone ? 'A registrar will call you on this number at your appointment time.' : 'We will only use this if we need to contact you about your appointment.' },
          autocomplete: 'tel',
          classes: 'govuk-input--width-20',
          value: form.phone,
          errorMessage: errorFor(errors, 'phone'),
        },
      },
    },
  };
}

type Row = { key: { text: string }; value: { text: string }; actions?: { items: { href: string; text: string; visuallyHiddenText: string }[] } };
const row = (key: string, value: string, changeHref?: string): Row => ({
  key: { text: key },
  value: { text: value },
  ...(changeHref ? { actions: { items: [{ href: changeHref, text: 'Change', visuallyHiddenText: key.toLowerCase() }] } } : {}),
});

/** An answer as the check page shows it: dates in words, yes and no as typed options. */
function answerInWords(question: Question, answer: string): string {
  if (question.kind === 'date') return dayInWords(answer);
  if (question.kind === 'choice') return question.options.find((option) => option.value === answer)?.text ?? answer;
  return answer;
}

export function checkAnswersPage(
  service: OnlineService,
  view: { journey: Journey; questions: readonly Question[]; changeHref: (step: string) => string; offices: readonly PublicOffice[]; backHref: string },
): Page {
  const { journey, offices } = view;
  const slot = journey.slot!;
  const resident = journey.resident!;
  const place = placeOf(slot, offices);
  return {
    view: 'check-answers.njk',
    title: 'Check your answers before booking',
    context: {
      caption: service.name,
      backHref: view.backHref,
      submissionKey: journey.submissionKey,
      answers: { rows: view.questions.map((question) => row(question.summary, answerInWords(question, journey.answers[question.name] ?? ''), view.changeHref(question.name))) },
      appointment: {
        rows: [row('Date and time', whenInWords(slot.startsAt), view.changeHref('appointment')), row('Where', place.address ? `${place.name}, ${place.address}` : place.name, view.changeHref('appointment'))],
      },
      details: {
        rows: [
          row('Name', resident.name, view.changeHref('details')),
          row('Email address', resident.email ?? 'Not given', view.changeHref('details')),
          row('Telephone number', resident.phone ?? 'Not given', view.changeHref('details')),
        ],
      },
    },
  };
}

export function confirmationPage(service: OnlineService | undefined, booking: ResidentBooking, view: { offices: readonly PublicOffice[]; manageHref: string; calendarHref: string }): Page {
  const place = placeOf(booking, view.offices);
  const sentTo = booking.residentEmail
    ? `We have sent a confirmation email to ${booking.residentEmail}.`
    : `We have sent a confirmation by text message to ${booking.residentPhone ?? 'your phone'}.`;
  return {
    view: 'confirmation.njk',
    title: 'Appointment booked',
    context: {
      booking,
      sentTo,
      when: appointmentInWords(booking, view.offices),
      address: place.address,
      byTelephone: booking.mode === 'telephone',
      documentsToBring: service?.documentsToBring ?? [],
      reminder: booking.reminderDueAt ? whenInWords(booking.reminderDueAt) : null,
      manageHref: view.manageHref,
      calendarHref: view.calendarHref,
    },
  };
}
