import express, { NextFunction, Request, Response, Router } from 'express';
import type { BookingPort } from './booking-port';
import { formProtection } from './journey/form-protection';
import { journeyRouter } from './journey/journey-router';
import { REACHED_THROUGH_A_QUESTION } from './journey/questions';
import { manageRouter } from './manage/manage-router';
import { OnlineService, toOnlineServices } from './online-services';
import { pageSender } from './page-sender';
import { formExpiredPage, notFoundPage, problemPage, serviceChoicePage, startPage, tooManyRequestsPage } from './pages';
import { ASSETS_DIR } from './paths';
import { readServiceChoice } from './service-choice';

export interface BookingRouterOptions {
  /** The booking service, asked afresh on every page so a manager's change shows at once. */
  readonly booking: BookingPort;
  /** The service's secret: it keys the journey cookie and the forms' forgery tokens. */
  readonly secret: string;
  /** Cookies only over HTTPS (the service's public address is https). */
  readonly secureCookies: boolean;
  /** Told of every fault behind a problem page (the pages answer before the server's request log). */
  readonly onFault?: (fault: unknown, request: { readonly method: string; readonly path: string }) => void;
}

/** Journey and manage pages show a resident's answers and booking: no browser or proxy keeps a copy. */
function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/** The residents' "too many requests" page (429), for the rate limit in front of the pages. */
export function sendTooManyRequestsPage(request: Request, response: Response): void {
  pageSender(() => undefined)(request, response, tooManyRequestsPage(), 429);
}

/**
 * The residents' pages and their assets (`/`, `/book…`, `/manage…`, `/assets/…`). Mount it at the
 * root of the origin: pages link to each other and to their assets by absolute path.
 */
export function createBookingRouter({ booking, secret, secureCookies, onFault }: BookingRouterOptions): Router {
  const protection = formProtection(secret, secureCookies);
  const send = pageSender((request, response) => protection.token(request, response));
  /** The services residents choose from: those reached through another's question are not listed. */
  const choosable = async (): Promise<OnlineService[]> => toOnlineServices(await booking.onlineServices()).filter((service) => !REACHED_THROUGH_A_QUESTION.has(service.code));

  const router = Router();
  router.use('/assets', express.static(ASSETS_DIR, { index: false }));
  router.use(['/', '/book', '/manage'], ...protection.session);
  router.use(['/book', '/manage'], noStore);
  router.get('/', async (request, response) => send(request, response, startPage(await choosable())));
  router.get('/book', async (request, response) => send(request, response, serviceChoicePage(await choosable())));
  router.post('/book', ...protection.checkForm, async (request, response) => {
    const services = await choosable();
    const choice = readServiceChoice(request.body, services);
    if (choice.error !== undefined) {
      send(request, response, serviceChoicePage(services, choice.error), 400);
      return;
    }
    response.redirect(303, `/book/${choice.service.code}`);
  });
  router.use(journeyRouter({ booking, protection, send }));
  router.use(manageRouter({ booking, protection, send }));
  router.use(['/book', '/manage'], (request, response) => send(request, response, notFoundPage(), 404));
  // Express 5 passes a rejected handler's error here: the resident gets a page, not a stack trace.
  router.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if ((error as { code?: unknown }).code === 'EBADCSRFTOKEN') {
      send(request, response, formExpiredPage(), 403);
      return;
    }
    onFault?.(error, { method: request.method, path: request.path });
    send(request, response, problemPage(), 500);
  });
  return router;
}
