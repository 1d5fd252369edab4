import type { Request, Response } from 'express';
import { createPageRenderer } from './page-renderer';
import type { Page } from './pages';

/** Answers with `page` in the layout, with the CSP nonce and the form token of this browser. */
export type PageSender = (request: Request, response: Response, page: Page, status?: number) => void;

let sharedRenderer: ReturnType<typeof createPageRenderer> | undefined;

export function pageSender(formToken: (request: Request, response: Response) => string | undefined): PageSender {
  return (request, response, page, status = 200) => {
    sharedRenderer ??= createPageRenderer();
    const nonce: unknown = response.locals.cspNonce;
    const html = sharedRenderer.render(page, { cspNonce: typeof nonce === 'string' ? nonce : undefined, csrfToken: formToken(request, response) });
    response.status(status).type('html').send(html);
  };
}
