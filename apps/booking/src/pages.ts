import type { AppointmentMode } from '@regflow/contracts';
import type { PublicOffice } from './booking-port';
import { SERVICE_NAME } from './content/service-copy';
import type { OnlineService } from './online-services';
import { SERVICE_CHOICE_FIELD } from './service-choice';

/** A template and what it needs; `title` is the page's own part of the <title>. */
export interface Page {
  readonly view: string;
  readonly title: string;
  readonly errorList?: readonly { readonly text: string; readonly href: string }[];
  readonly context?: Readonly<Record<string, unknown>>;
}

export function startPage(services: readonly OnlineService[]): Page {
  return {
    view: 'start.njk',
    title: SERVICE_NAME,
    context: {
      services,
      targets: services.map((service) => ({ name: service.name, target: workingDays(service.targetWorkingDays), legalLimit: service.legalLimit })),
    },
  };
}

export function serviceChoicePage(services: readonly OnlineService[], error?: string): Page {
  const title = 'What do you need to register?';
  return {
    view: 'service-choice.njk',
    title,
    errorList: error ? [{ text: error, href: `#${SERVICE_CHOICE_FIELD}` }] : [],
    context: {
      services,
      radios: {
        name: SERVICE_CHOICE_FIELD,
        idPrefix: SERVICE_CHOICE_FIELD,
        fieldset: {
          legend: { text: title, isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
        },
        items: services.map((service) => {
          const hint = service.suspendedMessage ?? service.choiceHint;
          return { value: service.code, text: service.choice, hint: hint ? { text: hint } : undefined };
        }),
        errorMessage: error ? { text: error } : undefined,
      },
    },
  };
}

export function beforeYouBookPage(service: OnlineService, view: { readonly continueHref: string; readonly offices: readonly PublicOffice[] }): Page {
  return {
    view: 'before-you-book.njk',
    title: `${service.name}: before you book`,
    context: { service, target: workingDays(service.targetWorkingDays), held: howHeld(service.modes), backHref: '/book', ...view },
  };
}

export function formExpiredPage(): Page {
  return { view: 'form-expired.njk', title: 'Your answers could not be sent' };
}

export function notFoundPage(): Page {
  return { view: 'not-found.njk', title: 'Page not found' };
}

export function tooManyRequestsPage(): Page {
  return { view: 'too-many-requests.njk', title: 'Sorry, there have been too many requests' };
}

export function problemPage(): Page {
  return { view: 'problem.njk', title: 'Sorry, there is a problem with the service' };
}

/** A target in words; 0 is a same-day target (DOMAIN.md: a same-day appointment is within target). */
function workingDays(count: number): string {
  if (count === 0) return 'the same working day';
  return count === 1 ? '1 working day' : `${count} working days`;
}

/** Completes "Your appointment will be …". */
function howHeld(modes: readonly AppointmentMode[]): string {
  const inPerson = modes.includes('face-to-face');
  const byPhone = modes.includes('telephone');
  if (inPerson && byPhone) return 'in person at a register office, or by telephone: you can choose when you book';
  return byPhone ? 'by telephone' : 'in person at a register office';
}
