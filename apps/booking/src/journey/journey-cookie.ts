import type { CookieOptions, NextFunction, Request, Response } from 'express';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Journey, newJourney } from './journey';

const COOKIE = 'regflow_booking';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Answers left this long are forgotten: a shared computer does not keep a stranger's details. */
export const JOURNEY_IDLE_MINUTES = 60;

interface Sealed extends Journey {
  readonly touchedAt: number;
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

  /** Middleware: `journeyOf(response)` then holds the journey, a new one when none is readable. */
  readonly load = (request: Request, response: Response, next: NextFunction): void => {
    const journey = this.open(request.cookies?.[COOKIE]);
    response.locals.journey = journey ?? newJourney();
    if (!journey) this.save(response, response.locals.journey as Journey);
    next();
  };

  save(response: Response, journey: Journey): void {
    response.locals.journey = journey;
    const sealed: Sealed = { ...journey, touchedAt: Date.now() };
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
      const { touchedAt, ...journey } = JSON.parse(text) as Sealed;
      return Date.now() - touchedAt > JOURNEY_IDLE_MINUTES * 60_000 ? undefined : journey;
    } catch {
      return undefined;
    }
  }
}

export function journeyOf(response: Response): Journey {
  return response.locals.journey as Journey;
}
