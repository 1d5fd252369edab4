import express, { Response, Router } from 'express';
import { findOnlineService } from './content/online-services';
import { createPageRenderer } from './page-renderer';
import { beforeYouBookPage, notFoundPage, Page, serviceChoicePage, startPage } from './pages';
import { ASSETS_DIR } from './paths';
import { readServiceChoice } from './service-choice';

/**
 * The residents' pages and their assets (`/`, `/book…`, `/assets/…`). Mount it at the root of
 * the origin: pages link to each other and to their assets by absolute path.
 */
export function createBookingRouter(): Router {
  const renderer = createPageRenderer();
  const send = (response: Response, page: Page, status = 200): void => {
    const nonce: unknown = response.locals.cspNonce;
    response.status(status).type('html').send(renderer.render(page, typeof nonce === 'string' ? nonce : undefined));
  };

  const router = Router();
  router.use('/assets', express.static(ASSETS_DIR, { index: false }));
  router.get('/', (_request, response) => send(response, startPage()));
  router.get('/book', (_request, response) => send(response, serviceChoicePage()));
  router.post('/book', express.urlencoded({ extended: false }), (request, response) => {
    const choice = readServiceChoice(request.body);
    if (choice.error !== undefined) {
      send(response, serviceChoicePage(choice.error), 400);
      return;
    }
    response.redirect(303, `/book/${choice.service.code}`);
  });
  router.get('/book/:type', (request, response) => {
    const service = findOnlineService(request.params.type);
    if (service) send(response, beforeYouBookPage(service));
    else send(response, notFoundPage(), 404);
  });
  return router;
}
