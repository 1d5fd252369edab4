import { registerOfficeName } from '@regflow/contracts';
import { Environment, FileSystemLoader } from 'nunjucks';
import { SERVICE_NAME } from './content/service-copy';
import type { Page } from './pages';
import { GOVUK_FRONTEND_DIR, VIEWS_DIR } from './paths';

export interface RenderLocals {
  /** The nonce the page's Content-Security-Policy allows its inline script by. */
  readonly cspNonce?: string;
  /** The cross-site-forgery token the page's forms send back. */
  readonly csrfToken?: string;
}

export interface PageRenderer {
  render(page: Page, locals?: RenderLocals): string;
}

export function createPageRenderer(): PageRenderer {
  const environment = new Environment(new FileSystemLoader([VIEWS_DIR, GOVUK_FRONTEND_DIR]), {
    autoescape: true,
  });
  environment.addFilter('registerOffice', registerOfficeName);
  return {
    render: (page, locals = {}) =>
      environment.render(page.view, {
        ...page.context,
        pageTitle: page.title,
        errorList: page.errorList ?? [],
        bookingServiceName: SERVICE_NAME,
        ...locals,
      }),
  };
}
