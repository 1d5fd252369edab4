import express, { NextFunction, Request, Response, Router } from 'express';
import type { BookingPort } from './booking-port';
import { findOnlineService, OnlineService, toOnlineServices } from './online-services';
import { createPageRenderer } from './page-renderer';
import { beforeYouBookPage, notFoundPage, Page, problemPage, serviceChoicePage, startPage, tooManyRequestsPage } from './pages';
import { ASSETS_DIR } from './paths';
import { readServiceChoice } from './service-choice';

export interface BookingRouterOptions {
  /** The booking service, asked afresh on every page so a manager's change shows at once. */
  readonly booking: BookingPort;
}

let sharedRenderer: ReturnType<typeof createPageRenderer> | undefined;

/** Answers with the page in `page`'s layout, its CSP nonce from `response.locals.cspNonce`. */
function sendPage(response: Response, page: Page, status: number): void {
  sharedRenderer ??= createPageRenderer();
  const nonce: unknown = response.locals.cspNonce;
  response.status(status).type('html').send(sharedRenderer.render(page, typeof nonce === 'string' ? nonce : undefined));
}

/** The residents' "too many requests" page (429), for the rate limit in front of the pages. */
export function sendTooManyRequestsPage(response: Response): void {
  sendPage(response, tooManyRequestsPage(), 429);
}

/**
 * The residents' pages and their assets (`/`, `/book…`, `/assets/…`). Mount it at the root of
 * the origin: pages link to each other and to their assets by absolute path.
 */
export function createBookingRouter({ booking }: BookingRouterOptions): Router {
  const send = (response: Response, page: Page, status = 200): void => sendPage(response, page, status);
  const onlineServices = async (): Promise<OnlineService[]> => toOnlineServices(await booking.onlineServices());

  const router = Router();
  router.use('/assets', express.static(ASSETS_DIR, { index: false }));
  router.get('/', async (_request, response) => send(response, startPage(await onlineServices())));
  router.get('/book', async (_request, response) => send(response, serviceChoicePage(await onlineServices())));
  router.post('/book', express.urlencoded({ extended: false }), async (request, response) => {
    const services = await onlineServices();
    const choice = readServiceChoice(request.body, services);
    if (choice.error !== undefined) {
      send(response, serviceChoicePage(services, choice.error), 400);
      return;
    }
    response.redirect(303, `/book/${choice.service.code}`);
  });
  router.get('/book/:type', async (request, response) => {
    const service = findOnlineService(await onlineServices(), request.params.type);
    if (service) send(response, beforeYouBookPage(service));
    else send(response, notFoundPage(), 404);
  });
  // Express 5 passes a rejected handler's error here: the resident gets a page, not a stack trace.
  router.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    send(response, problemPage(), 500);
  });
  return router;
}
