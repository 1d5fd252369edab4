import { serviceDay } from '@regflow/calendar';
import type { AppointmentTypeCode } from '@regflow/contracts';
import { Request, Response, Router } from 'express';
import { appointmentChoice, freeSlotNamed, freeTimesFor, SLOT_FIELD, SLOT_REFUSALS, timesViewOf } from '../appointments/appointment-choice';
import { BookingPort, BookingRefusal } from '../booking-port';
import { manageLinks } from '../links';
import { findOnlineService, OnlineService, toOnlineServices } from '../online-services';
import type { PageSender } from '../page-sender';
import { beforeYouBookPage, notFoundPage } from '../pages';
import { formFields, readAnswer } from './answers';
import { detailsForm, readDetails } from './details';
import type { FormProtection } from './form-protection';
import { ANSWER_KEYS, bookedJourney, bookingTypeOf, Journey, journeyFor, lengthOf, submissionOf, withAnswer } from './journey';
import { journeyOf } from './journey-cookie';
import { checkAnswersPage, chooseAppointmentPage, confirmationPage, detailsPage, explanationPage, questionPage } from './journey-pages';
import { EXPLANATIONS, ExplanationKey, Outcome, Question, questionsOf, REACHED_THROUGH_A_QUESTION, STOPS, StopKey } from './questions';

const FINAL_STEPS = ['appointment', 'details', 'check'] as const;

export interface JourneyRouterOptions {
  readonly booking: BookingPort;
  readonly protection: FormProtection;
  readonly send: PageSender;
}

const servicePath = (service: AppointmentTypeCode) => `/book/${service}`;
const stepPath = (service: AppointmentTypeCode, step: string) => `${servicePath(service)}/${step}`;

/** The steps of a service's journey, in order: its questions, then the appointment, details and check. */
function stepsOf(service: AppointmentTypeCode): string[] {
  return [...questionsOf(service).map((question) => question.name), ...FINAL_STEPS];
}

/** Where an answered question leads, for the journey's own answers. */
function outcomeOf(journey: Journey, service: AppointmentTypeCode, today: string, name: string): Outcome {
  const question = questionsOf(service).find((candidate) => candidate.name === name);
  const answer = journey.answers[name];
  return question && answer !== undefined ? (question.outcome?.(answer, today) ?? { go: 'next' }) : { go: 'next' };
}

/** The first step not yet done, or the question whose answer stops the journey, with where it leads. */
function resumeAt(journey: Journey, service: AppointmentTypeCode, today: string): { readonly step: string; readonly path: string } {
  for (const question of questionsOf(service)) {
    if (journey.answers[question.name] === undefined) return { step: question.name, path: stepPath(service, question.name) };
    const outcome = outcomeOf(journey, service, today, question.name);
    if (outcome.go === 'stop') return { step: question.name, path: stepPath(service, `stop/${outcome.page}`) };
  }
  const step = !journey.slot ? 'appointment' : journey.resident ? 'check' : 'details';
  return { step, path: stepPath(service, step) };
}

function resumePath(journey: Journey, service: AppointmentTypeCode, today: string): string {
  return resumeAt(journey, service, today).path;
}

/** Whether every step before `step` is done, so the page can be shown. */
function reachable(journey: Journey, service: AppointmentTypeCode, today: string, step: string): boolean {
  const steps = stepsOf(service);
  return steps.indexOf(step) <= steps.indexOf(resumeAt(journey, service, today).step);
}

function previousPath(service: AppointmentTypeCode, step: string): string {
  const steps = stepsOf(service);
  const index = steps.indexOf(step);
  return index <= 0 ? servicePath(service) : stepPath(service, steps[index - 1]!);
}

/** After a step: back to the check page when changing an answer from it, else the next step. */
function afterPath(request: Request, journey: Journey, service: AppointmentTypeCode, today: string, step: string): string {
  if (request.query.change === 'check') return resumePath(journey, service, today);
  const steps = stepsOf(service);
  return stepPath(service, steps[steps.indexOf(step) + 1] ?? 'check');
}

/**
 * The booking journeys: "before you book", a question a page, the appointment, the resident's
 * details, the check page and the confirmation. Every answer is kept in the journey cookie.
 */
export function journeyRouter({ booking, protection, send }: JourneyRouterOptions): Router {
  const router = Router();
  const serviceToday = () => serviceDay(booking.now());
  const services = async () => toOnlineServices(await booking.onlineServices());
  const save = (response: Response, journey: Journey) => protection.journeys.save(response, journey);

  /** The service named in the path, open online and chosen directly (not reached through another's question). */
  async function serviceOf(request: Request, response: Response): Promise<OnlineService | undefined> {
    const code = String(request.params.service);
    const service = REACHED_THROUGH_A_QUESTION.has(code as AppointmentTypeCode) ? undefined : findOnlineService(await services(), code);
    if (!service) send(request, response, notFoundPage(), 404);
    return service;
  }

  /** The journey for the service, saved when it starts afresh. */
  function journeyAt(response: Response, service: OnlineService): Journey {
    const current = journeyOf(response);
    const journey = journeyFor(current, service.code);
    if (journey !== current) save(response, journey);
    return journey;
  }

  /**
   * The service and journey of a step's page, or undefined once the resident has been answered:
   * a 404 for an unknown service, or a redirect to the first step not yet done when they skip ahead.
   */
  async function openStep(request: Request, response: Response, step: string): Promise<{ service: OnlineService; journey: Journey } | undefined> {
    const service = await serviceOf(request, response);
    if (!service) return undefined;
    const journey = journeyAt(response, service);
    if (reachable(journey, service.code, serviceToday(), step)) return { service, journey };
    response.redirect(303, resumePath(journey, service.code, serviceToday()));
    return undefined;
  }

  /** Back to "Choose an appointment" without the chosen time, with a word on why. */
  function backToChoose(response: Response, service: OnlineService, journey: Journey, notice?: string): void {
    const { slot: _dropped, ...rest } = journey;
    save(response, { ...rest, ...(notice ? { notice } : {}) });
    response.redirect(303, stepPath(service.code, 'appointment'));
  }

  router.get('/book/confirmation', async (request, response) => {
    const { booked } = journeyOf(response);
    if (!booked) {
      response.redirect(303, '/book');
      return;
    }
    const result = await booking.find(booked.reference, booked.token).catch((refused: unknown) => {
      if (refused instanceof BookingRefusal) return undefined;
      throw refused;
    });
    const links = result && manageLinks(result.reference, result.manageToken);
    if (!result || !links || result.status !== 'booked') {
      // Changed or cancelled since (or gone): the booking's own page says where it stands.
      response.redirect(303, links ? links.view : '/book');
      return;
    }
    const service = findOnlineService(await services(), result.type);
    send(request, response, confirmationPage(service, result, { offices: await booking.offices(), manageHref: links.view, calendarHref: links.calendar }));
  });

  router.get('/book/:service', async (request, response) => {
    const service = await serviceOf(request, response);
    if (service) send(request, response, beforeYouBookPage(service, { continueHref: stepPath(service.code, stepsOf(service.code)[0]!), offices: await booking.offices() }));
  });

  router.get('/book/:service/stop/:page', async (request, response) => {
    const service = await serviceOf(request, response);
    if (!service) return;
    const journey = journeyAt(response, service);
    const key = String(request.params.page) as StopKey;
    const asking = Object.hasOwn(STOPS, key) ? questionStopping(journey, service.code, serviceToday(), key) : undefined;
    if (!asking) {
      // Only the resident's own answer leads here: anyone else resumes their journey.
      response.redirect(303, resumePath(journey, service.code, serviceToday()));
      return;
    }
    send(request, response, explanationPage(service, STOPS[key], { backHref: stepPath(service.code, asking.name), offices: await booking.offices() }));
  });

  router.get('/book/:service/about/:page', async (request, response) => {
    const service = await serviceOf(request, response);
    if (!service) return;
    const key = String(request.params.page) as ExplanationKey;
    const explanation = Object.hasOwn(EXPLANATIONS, key) ? EXPLANATIONS[key] : undefined;
    const journey = journeyAt(response, service);
    const today = serviceToday();
    const asking = questionsOf(service.code).find((question) => {
      const outcome = outcomeOf(journey, service.code, today, question.name);
      return outcome.go === 'explain' && outcome.page === key;
    });
    if (!explanation || !asking) {
      response.redirect(303, resumePath(journey, service.code, today));
      return;
    }
    const steps = stepsOf(service.code);
    send(request, response, explanationPage(service, explanation, { backHref: stepPath(service.code, asking.name), continueHref: stepPath(service.code, steps[steps.indexOf(asking.name) + 1]!), offices: await booking.offices() }));
  });

  const appointmentPage = async (request: Request, response: Response, service: OnlineService, journey: Journey, error?: string, status = 200) => {
    const type = bookingTypeOf(journey)!;
    const today = serviceToday();
    const { from, officeId } = timesViewOf(request.query, today);
    const offices = await booking.offices();
    // Paging and filtering keep a change begun on the check page, which it returns to.
    const changing: Record<string, string> = request.query.change === 'check' ? { change: 'check' } : {};
    const allOffices = new URLSearchParams(changing).toString();
    const base = {
      backHref: previousPath(service.code, 'appointment'),
      offices,
      guidance: guidanceFor(journey, service.code, today),
      officeChosen: officeId !== undefined,
      allOfficesHref: `${stepPath(service.code, 'appointment')}${allOffices ? `?${allOffices}` : ''}`,
      keepChanging: 'change' in changing,
    };
    const notice = journey.notice;
    if (notice) save(response, { ...journey, notice: undefined });
    try {
      const availability = await freeTimesFor(booking, { type, from, today, length: lengthOf(journey), ...(officeId ? { officeId } : {}) });
      const choice = appointmentChoice(availability, offices, { from, ...(officeId ? { officeId } : {}), ...(journey.slot ? { chosen: journey.slot.id } : {}), ...(error ? { error } : {}) });
      const later = new URLSearchParams({ from: choice.laterFrom ?? '', ...(officeId ? { office: officeId } : {}), ...changing });
      send(request, response, chooseAppointmentPage(service, { ...base, choice, laterHref: `?${later.toString()}`, ...(notice ? { notice } : {}), ...(error ? { error } : {}) }), status);
    } catch (refused) {
      if (!(refused instanceof BookingRefusal)) throw refused;
      const choice = appointmentChoice({ type, firstOffer: null, slots: [] }, offices, { from });
      send(request, response, chooseAppointmentPage(service, { ...base, choice, laterHref: '', refusal: refusalInWords(refused), heading: 'You cannot book this appointment online at the moment' }));
    }
  };

  router.get('/book/:service/appointment', async (request, response) => {
    const opened = await openStep(request, response, 'appointment');
    if (!opened) return;
    const { service, journey } = opened;
    await appointmentPage(request, response, service, journey);
  });

  router.post('/book/:service/appointment', ...protection.checkForm, async (request, response) => {
    const opened = await openStep(request, response, 'appointment');
    if (!opened) return;
    const { service, journey } = opened;
    const slotId = formFields(request.body)[SLOT_FIELD];
    if (!slotId) {
      await appointmentPage(request, response, service, journey, 'Select an appointment time', 400);
      return;
    }
    const slot = await freeSlotNamed(booking, bookingTypeOf(journey)!, slotId, lengthOf(journey)).catch((refused: unknown) => {
      // Suspended or closed online since the page was shown: the appointment page now says so.
      if (refused instanceof BookingRefusal) return undefined;
      throw refused;
    });
    if (!slot) {
      backToChoose(response, service, journey, 'That time is no longer available. Choose another time.');
      return;
    }
    const next = { ...journey, slot: { id: slot.id, officeId: slot.officeId, mode: slot.mode, startsAt: slot.startsAt } };
    save(response, next);
    response.redirect(303, afterPath(request, next, service.code, serviceToday(), 'appointment'));
  });

  router.get('/book/:service/details', async (request, response) => {
    const opened = await openStep(request, response, 'details');
    if (!opened) return;
    const { service, journey } = opened;
    const resident = journey.resident;
    const form = { name: resident?.name ?? '', email: resident?.email ?? '', phone: resident?.phone ?? '' };
    send(request, response, detailsPage(service, { form, errors: [], byTelephone: journey.slot?.mode === 'telephone', textMessages: booking.contactOptions().textMessages, backHref: previousPath(service.code, 'details') }));
  });

  router.post('/book/:service/details', ...protection.checkForm, async (request, response) => {
    const opened = await openStep(request, response, 'details');
    if (!opened) return;
    const { service, journey } = opened;
    const form = detailsForm(formFields(request.body));
    const rules = { byTelephone: journey.slot?.mode === 'telephone', textMessages: booking.contactOptions().textMessages };
    const read = readDetails(form, rules);
    if (read.errors) {
      send(request, response, detailsPage(service, { form, errors: read.errors, ...rules, backHref: previousPath(service.code, 'details') }), 400);
      return;
    }
    const next = { ...journey, resident: read.resident };
    save(response, next);
    response.redirect(303, afterPath(request, next, service.code, serviceToday(), 'details'));
  });

  router.get('/book/:service/check', async (request, response) => {
    const opened = await openStep(request, response, 'check');
    if (!opened) return;
    const { service, journey } = opened;
    send(request, response, checkAnswersPage(service, { journey, questions: questionsOf(service.code), changeHref: (step) => `${stepPath(service.code, step)}?change=check`, offices: await booking.offices(), backHref: previousPath(service.code, 'check') }));
  });

  router.post('/book/:service/check', ...protection.checkForm, async (request, response) => {
    const service = await serviceOf(request, response);
    if (!service) return;
    const journey = journeyOf(response);
    const key = formFields(request.body).submission;
    // A second click of "Book appointment" after the first booked: its key is the booked journey's old one.
    const submission = journey.service === service.code ? submissionOf(journey) : undefined;
    if (!submission || (key !== undefined && key !== journey.submissionKey)) {
      response.redirect(303, journey.booked ? '/book/confirmation' : resumePath(journeyAt(response, service), service.code, serviceToday()));
      return;
    }
    try {
      const booked = await booking.book(submission);
      save(response, bookedJourney(journey, booked.reference, booked.manageToken));
      response.redirect(303, '/book/confirmation');
    } catch (refused) {
      if (!(refused instanceof BookingRefusal) || refused.code === 'invalid-input') throw refused;
      // Taken meanwhile: choose again. Suspended or closed online meanwhile: the appointment page says so.
      backToChoose(response, service, journey, SLOT_REFUSALS.includes(refused.code) ? 'Sorry, the time you chose has just been booked by someone else. Choose another time.' : undefined);
    }
  });

  router.get('/book/:service/:question', async (request, response) => {
    const opened = await openStep(request, response, String(request.params.question));
    if (!opened) return;
    const { service, journey } = opened;
    const question = questionsOf(service.code).find((candidate) => candidate.name === request.params.question);
    if (question) send(request, response, questionPage(service, question, { answer: journey.answers[question.name], backHref: previousPath(service.code, question.name) }));
    else send(request, response, notFoundPage(), 404);
  });

  router.post('/book/:service/:question', ...protection.checkForm, async (request, response) => {
    const opened = await openStep(request, response, String(request.params.question));
    if (!opened) return;
    const { service, journey } = opened;
    const question = questionsOf(service.code).find((candidate) => candidate.name === request.params.question);
    if (!question) {
      send(request, response, notFoundPage(), 404);
      return;
    }
    const today = serviceToday();
    const fields = formFields(request.body);
    const read = readAnswer(question, fields, today);
    if (read.error) {
      send(request, response, questionPage(service, question, { typed: fields, error: read.error, backHref: previousPath(service.code, question.name) }), 400);
      return;
    }
    const next = answered(journey, question.name, read.value, booking.now());
    save(response, next);
    const outcome = outcomeOf(next, service.code, today, question.name);
    if (outcome.go === 'stop') response.redirect(303, stepPath(service.code, `stop/${outcome.page}`));
    else if (outcome.go === 'explain') response.redirect(303, stepPath(service.code, `about/${outcome.page}`));
    else response.redirect(303, afterPath(request, next, service.code, today, question.name));
  });

  return router;
}

/**
 * The journey with a new answer. A changed answer can change the appointment's type or length, so
 * the chosen time is dropped; the still-birth clock starts when the certificate is said to be in hand.
 */
function answered(journey: Journey, name: string, value: string, now: string): Journey {
  if (journey.answers[name] === value) return journey;
  const { slot: _dropped, ...rest } = journey;
  const next = withAnswer(rest, name, value);
  if (name === ANSWER_KEYS.certificate) return withAnswer(next, ANSWER_KEYS.certificateReadyAt, value === 'yes' ? now : '');
  return next;
}

/** The question whose answer in this journey leads to the stop page, if any. */
function questionStopping(journey: Journey, service: AppointmentTypeCode, today: string, key: StopKey): Question | undefined {
  return questionsOf(service).find((candidate) => {
    const outcome = outcomeOf(journey, service, today, candidate.name);
    return outcome.go === 'stop' && outcome.page === key;
  });
}

/** A refusal as residents read it: a suspension's own message, or plain words for a type not open online. */
function refusalInWords(refused: BookingRefusal): string {
  return refused.code === 'not-bookable-online' ? 'These appointments cannot be booked online. Call a register office and we will book one for you.' : refused.message;
}

/** What the appointment page says first, from the answers: late births, designated notices. */
function guidanceFor(journey: Journey, service: AppointmentTypeCode, today: string): string[] {
  return questionsOf(service).flatMap((question) => {
    const outcome = outcomeOf(journey, service, today, question.name);
    return outcome.go === 'explain' ? [EXPLANATIONS[outcome.page].paragraphs[0]!] : [];
  });
}
