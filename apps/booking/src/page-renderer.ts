import { Environment, FileSystemLoader } from 'nunjucks';
import { SERVICE_NAME } from './content/service-copy';
import type { Page } from './pages';
import { GOVUK_FRONTEND_DIR, VIEWS_DIR } from './paths';

export interface PageRenderer {
  /** `cspNonce`: the nonce the page's Content-Security-Policy allows its inline script by. */
  render(page: Page, cspNonce?: string): string;
}

export function createPageRenderer(): PageRenderer {
  const environment = new Environment(new FileSystemLoader([VIEWS_DIR, GOVUK_FRONTEND_DIR]), {
    autoescape: true,
  });
  return {
    render: (page, cspNonce) =>
      environment.render(page.view, {
        ...page.context,
        pageTitle: page.title,
        errorList: page.errorList ?? [],
        bookingServiceName: SERVICE_NAME,
        cspNonce,
      }),
  };
}
