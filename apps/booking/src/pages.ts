import { ONLINE_SERVICES, OnlineService, SERVICE_NAME } from './content/online-services';
import { SERVICE_CHOICE_FIELD } from './service-choice';

/** A template and what it needs; `title` is the page's own part of the <title>. */
export interface Page {
  readonly view: string;
  readonly title: string;
  readonly errorList?: readonly { readonly text: string; readonly href: string }[];
  readonly context?: Readonly<Record<string, unknown>>;
}

export function startPage(): Page {
  return {
    view: 'start.njk',
    title: SERVICE_NAME,
    context: {
      services: ONLINE_SERVICES,
      targetsTable: {
        caption: 'Appointment targets and time limits set by law',
        captionClasses: 'govuk-visually-hidden',
        firstCellIsHeader: true,
        head: [
          { text: 'Appointment' },
          { text: 'We aim to offer you an appointment within' },
          { text: 'Time limit set by law' },
        ],
        rows: ONLINE_SERVICES.map((service) => [
          { text: service.name },
          { text: workingDays(service.targetWorkingDays) },
          { text: service.legalLimit },
        ]),
      },
    },
  };
}

export function serviceChoicePage(error?: string): Page {
  const title = 'What do you need to register?';
  return {
    view: 'service-choice.njk',
    title,
    errorList: error ? [{ text: error, href: `#${SERVICE_CHOICE_FIELD}` }] : [],
    context: {
      radios: {
        name: SERVICE_CHOICE_FIELD,
        idPrefix: SERVICE_CHOICE_FIELD,
        fieldset: {
          legend: { text: title, isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
        },
        items: ONLINE_SERVICES.map((service) => ({
          value: service.code,
          text: service.choice,
          hint: service.choiceHint ? { text: service.choiceHint } : undefined,
        })),
        errorMessage: error ? { text: error } : undefined,
      },
    },
  };
}

export function beforeYouBookPage(service: OnlineService): Page {
  return {
    view: 'before-you-book.njk',
    title: `${service.name}: before you book`,
    context: { service, target: workingDays(service.targetWorkingDays) },
  };
}

export function notFoundPage(): Page {
  return { view: 'not-found.njk', title: 'Page not found' };
}

function workingDays(count: number): string {
  return count === 1 ? '1 working day' : `${count} working days`;
}
