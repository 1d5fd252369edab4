import type { CookieOptions, NextFunction, Request, Response } from 'express';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Journey, newJourney } from './journey';

const COOKIE = 'regflow_booking';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Answers left this long are forgotten: a shared computer does not keep a stranger's details. */
export const JOURNEY_IDLE_MINUTES = 60;

/** Bumped when the journey's shape changes: a cookie written by another release starts afresh. */
const SHAPE_VERSION = 1;

interface Sealed extends Journey {
  readonly version: number;
  readonly touchedAt: number;
}

/** Whether decrypted JSON is a journey of this release, still fresh. */
function isFreshJourney(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const sealed = value as Partial<Sealed>;
  return (
    sealed.version === SHAPE_VERSION &&
    typeof sealed.id === 'string' &&
    typeof sealed.submissionKey === 'string' &&
    typeof sealed.answers === 'object' &&
    sealed.answers !== null &&
    typeof sealed.touchedAt === 'number' &&
    Date.now() - sealed.touchedAt <= JOURNEY_IDLE_MINUTES * 60_000
  );
}

/**
 * Keeps each resident's journey in an HttpOnly cookie, encrypted and authenticated (AES-256-GCM
 * under a key derived from the service's secret): the browser holds it, cannot read or alter it.
 */
export class JourneyCookie {
  private readonly key: Buffer;
  private readonly options: CookieOptions;

  constructor(secret: string, secure: boolean) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'regflow-booking', 'journey-cookie', 32));
    this.options = { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: JOURNEY_IDLE_MINUTES * 60_000 };
  }

  /**
   * Middleware: `journeyOf(response)` then holds the journey (a new one when none is readable), and
   * the cookie is written again so an hour runs from the latest page.
   */
  readonly load = (request: Request, response: Response, next: NextFunction): void => {
    this.save(response, this.open(request.cookies?.[COOKIE]) ?? newJourney());
    next();
  };

  save(response: Response, journey: Journey): void {
    response.locals.journey = journey;
    const sealed: Sealed = { ...journey, version: SHAPE_VERSION, touchedAt: Date.now() };
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(sealed), 'utf8'), cipher.final()]);
    response.cookie(COOKIE, Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url'), this.options);
  }

  private open(value: unknown): Journey | undefined {
    if (typeof value !== 'string' || value.length > 8_000) return undefined;
    try {
      const raw = Buffer.from(value, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const sealed: unknown = JSON.parse(text);
      if (!isFreshJourney(sealed)) return undefined;
      const { version: _version, touchedAt: _touchedAt, ...journey } = sealed;
      return journey;
    } catch {
      return undefined;
    }
  }
}

export function journeyOf(response: Response): Journey {
  return response.locals.journey as Journey;
}
