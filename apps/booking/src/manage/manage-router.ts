import { serviceDay } from '@regflow/calendar';
import type { ErrorCode } from '@regflow/contracts';
import { Request, Response, Router } from 'express';
import { appointmentChoice, freeTimesFor, SLOT_FIELD, SLOT_REFUSALS, timesViewOf } from '../appointments/appointment-choice';
import { BookingPort, BookingRefusal, ResidentBooking } from '../booking-port';
import { SERVICE_COPY } from '../content/service-copy';
import { formFields } from '../journey/answers';
import type { FormProtection } from '../journey/form-protection';
import { manageLinks } from '../links';
import { findOnlineService, toOnlineServices } from '../online-services';
import type { PageSender } from '../page-sender';
import { changeWindowOf } from './change-window';
import { feedbackFormOf, readFeedback } from './feedback-form';
import {
  appointmentPage,
  cancelAppointmentPage,
  cannotChangePage,
  cannotRebookPage,
  changeAppointmentPage,
  feedbackNotAvailablePage,
  feedbackPage,
  feedbackThanksPage,
  linkNotValidPage,
  ManagedAppointment,
  ManageNotice,
} from './manage-pages';

export interface ManageRouterOptions {
  readonly booking: BookingPort;
  readonly protection: FormProtection;
  readonly send: PageSender;
}

const SLOT_TAKEN = 'That time has just been taken. Choose another time.';
/** The query flag the appointment page confirms a change by. */
const NOTICE_PARAM = 'done';

const isRefusal = (error: unknown, ...codes: readonly ErrorCode[]): error is BookingRefusal => error instanceof BookingRefusal && codes.includes(error.code);

/**
 * A booking's own pages, reached by the signed link in its messages (`/manage/<reference>?token=…`):
 * the appointment, changing its time, cancelling it, its calendar file and the satisfaction question.
 * Every link and form keeps the token; a link that names no booking gets the same 404 page, whatever is wrong with it.
 */
export function manageRouter({ booking, protection, send }: ManageRouterOptions): Router {
  const router = Router();

  /** The booking the link names, or undefined once the "link not valid" page (404) is sent. */
  async function bookingOf(request: Request, response: Response): Promise<ResidentBooking | undefined> {
    const token = request.query.token;
    try {
      if (typeof token === 'string' && token !== '') return await booking.find(String(request.params.reference), token);
    } catch (refused) {
      if (!isRefusal(refused, 'booking-not-found')) throw refused;
    }
    send(request, response, linkNotValidPage(await booking.offices()), 404);
    return undefined;
  }

  async function managed(resident: ResidentBooking): Promise<ManagedAppointment> {
    const [types, offices] = await Promise.all([booking.onlineServices(), booking.offices()]);
    const service = findOnlineService(toOnlineServices(types), resident.type);
    return {
      booking: resident,
      serviceName: service?.name ?? SERVICE_COPY[resident.type]?.name ?? 'Registration appointment',
      documentsToBring: service?.documentsToBring ?? [],
      offices,
      links: manageLinks(resident.reference, resident.manageToken),
      now: booking.now(),
    };
  }

  /** The booking and its pages' model, or undefined once the "link not valid" page is sent. */
  async function appointmentOf(request: Request, response: Response): Promise<ManagedAppointment | undefined> {
    const resident = await bookingOf(request, response);
    return resident && managed(resident);
  }

  const redirectWithNotice = (response: Response, resident: ResidentBooking, notice: ManageNotice) =>
    response.redirect(303, `${manageLinks(resident.reference, resident.manageToken).view}&${new URLSearchParams({ [NOTICE_PARAM]: notice }).toString()}`);

  /** Answers a refusal of a change or cancellation with the page that explains it; rethrows any other error. */
  function sendRefusal(request: Request, response: Response, appointment: ManagedAppointment, refused: unknown): void {
    if (isRefusal(refused, 'booking-not-found')) send(request, response, linkNotValidPage(appointment.offices), 404);
    else if (isRefusal(refused, 'too-late-to-change')) send(request, response, cannotChangePage(appointment, refused.message), 409);
    else if (isRefusal(refused, 'booking-not-changeable')) response.redirect(303, appointment.links.view);
    else throw refused;
  }

  /** Change and cancel pages are only for a booking that may still be changed online; otherwise the appointment page says why. */
  function changeable(response: Response, appointment: ManagedAppointment): boolean {
    if (changeWindowOf(appointment.booking, appointment.now).kind === 'open') return true;
    response.redirect(303, appointment.links.view);
    return false;
  }

  router.get('/manage/:reference', async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (!appointment) return;
    const notice = request.query[NOTICE_PARAM];
    send(request, response, appointmentPage(appointment, notice === 'changed' || notice === 'cancelled' ? notice : undefined));
  });

  const changePage = async (request: Request, response: Response, appointment: ManagedAppointment, error?: string, status = 200) => {
    const today = serviceDay(appointment.now);
    const times = timesViewOf(request.query, today);
    const { from, officeId } = times;
    const { booking: resident, offices, links } = appointment;
    const pageOf = (pageFrom: string | null) => {
      const query = new URLSearchParams({ ...(pageFrom && pageFrom !== today ? { from: pageFrom } : {}), ...(officeId ? { office: officeId } : {}) }).toString();
      return query ? `${links.change}&${query}` : links.change;
    };
    try {
      const availability = await freeTimesFor(booking, { type: resident.type, today, length: resident.length, ...times });
      const choice = appointmentChoice(availability, offices, { ...times, ...(error ? { error } : {}) });
      const view = {
        choice,
        formAction: pageOf(from),
        filterAction: links.change.slice(0, links.change.indexOf('?')),
        laterHref: choice.laterFrom ? pageOf(choice.laterFrom) : '',
        officeChosen: officeId !== undefined,
      };
      send(request, response, changeAppointmentPage(appointment, { ...view, ...(error ? { error } : {}) }), status);
    } catch (refused) {
      if (!(refused instanceof BookingRefusal)) throw refused;
      send(request, response, cannotRebookPage(appointment, refused.message));
    }
  };

  router.get('/manage/:reference/change', async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (appointment && changeable(response, appointment)) await changePage(request, response, appointment);
  });

  router.post('/manage/:reference/change', ...protection.checkForm, async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (!appointment || !changeable(response, appointment)) return;
    const slotId = formFields(request.body)[SLOT_FIELD];
    if (!slotId) {
      await changePage(request, response, appointment, 'Select a new time for your appointment', 400);
      return;
    }
    try {
      redirectWithNotice(response, await booking.reschedule(appointment.booking.reference, appointment.booking.manageToken, slotId), 'changed');
    } catch (refused) {
      if (isRefusal(refused, ...SLOT_REFUSALS)) await changePage(request, response, appointment, SLOT_TAKEN, 409);
      else sendRefusal(request, response, appointment, refused);
    }
  });

  router.get('/manage/:reference/cancel', async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (appointment && changeable(response, appointment)) send(request, response, cancelAppointmentPage(appointment));
  });

  router.post('/manage/:reference/cancel', ...protection.checkForm, async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (!appointment) return;
    // A second press of the button, or a second tab: the appointment is already cancelled.
    if (appointment.booking.status === 'cancelled') {
      redirectWithNotice(response, appointment.booking, 'cancelled');
      return;
    }
    if (!changeable(response, appointment)) return;
    try {
      redirectWithNotice(response, await booking.cancel(appointment.booking.reference, appointment.booking.manageToken), 'cancelled');
    } catch (refused) {
      sendRefusal(request, response, appointment, refused);
    }
  });

  router.get('/manage/:reference/calendar.ics', async (request, response) => {
    const resident = await bookingOf(request, response);
    if (!resident) return;
    const file = await booking.calendar(resident.reference, resident.manageToken);
    const filename = `appointment-${resident.reference.replace(/[^A-Za-z0-9-]/g, '')}.ics`;
    // attachment() sets the type from the file name: the charset is set after it.
    response.attachment(filename).type('text/calendar; charset=utf-8').send(file);
  });

  router.get('/manage/:reference/feedback', async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (!appointment) return;
    switch (appointment.booking.satisfaction) {
      case 'open':
        send(request, response, feedbackPage(appointment, { rating: '', comment: '' }));
        return;
      case 'answered':
        send(request, response, feedbackThanksPage(appointment));
        return;
      case 'not-asked':
        send(request, response, feedbackNotAvailablePage(appointment), 404);
        return;
    }
  });

  router.post('/manage/:reference/feedback', ...protection.checkForm, async (request, response) => {
    const appointment = await appointmentOf(request, response);
    if (!appointment) return;
    const { booking: resident, links } = appointment;
    if (resident.satisfaction !== 'open') {
      response.redirect(303, links.satisfaction);
      return;
    }
    const form = feedbackFormOf(formFields(request.body));
    const read = readFeedback(form);
    if (read.errors) {
      send(request, response, feedbackPage(appointment, form, read.errors), 400);
      return;
    }
    try {
      await booking.answerSatisfaction(resident.reference, resident.manageToken, read.answer);
    } catch (refused) {
      // Answered already (another tab, a second press): the question's page now says thank you.
      if (!isRefusal(refused, 'satisfaction-not-open')) throw refused;
    }
    response.redirect(303, links.satisfaction);
  });

  return router;
}
