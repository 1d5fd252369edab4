import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import express, { Request, RequestHandler, Response } from 'express';
import { JourneyCookie } from './journey-cookie';

/** The hidden field every form carries its cross-site-forgery token in. */
export const CSRF_FIELD = '_csrf';
/** Forms are a handful of short fields: anything larger is not ours. */
const FORM_LIMIT = '16kb';

export interface FormProtection {
  /** Reads cookies and the journey; every page route runs it. */
  readonly session: readonly RequestHandler[];
  /** Parses a form and refuses it without a valid token for this browser (403, the `EBADCSRFTOKEN` code). */
  readonly checkForm: readonly RequestHandler[];
  /** The token the page's forms must send back. */
  token(request: Request, response: Response): string;
  readonly journeys: JourneyCookie;
}

/**
 * Double-submit-cookie protection against cross-site request forgery (csrf-csrf), tied to the
 * browser's journey id, plus the encrypted journey cookie itself.
 */
export function formProtection(secret: string, secure: boolean): FormProtection {
  const journeys = new JourneyCookie(secret, secure);
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (request) => String((request.res?.locals.journey as { id?: string } | undefined)?.id ?? ''),
    cookieName: secure ? '__Host-regflow.csrf' : 'regflow_csrf',
    cookieOptions: { sameSite: 'lax', secure, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: (request) => (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] as string | undefined,
    errorConfig: { code: 'EBADCSRFTOKEN' },
  });
  return {
    session: [cookieParser(), journeys.load],
    checkForm: [express.urlencoded({ extended: false, limit: FORM_LIMIT, parameterLimit: 50 }), doubleCsrfProtection],
    token: (request, response) => generateCsrfToken(request, response),
    journeys,
  };
}
