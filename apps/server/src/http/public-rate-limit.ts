import { NestExpressApplication } from '@nestjs/platform-express';
import { sendTooManyRequestsPage } from '@regflow/booking';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { Clock } from '../common/clock/clock';
import { AppError } from '../common/errors/app-error';

const MINUTE_MS = 60_000;
/** Addresses remembered at once; past it, finished windows are forgotten first. */
const MOST_ADDRESSES = 10_000;

interface Window {
  readonly startedAt: number;
  count: number;
}

/** Requests each address may make in a minute, one budget for all of them: a fixed window per address. */
export class AddressBudget {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Spends one request of `address`'s budget; false when it has none left this minute. */
  take(address: string): boolean {
    const now = this.now();
    const window = this.windows.get(address);
    if (!window || now - window.startedAt >= MINUTE_MS) {
      if (this.windows.size >= MOST_ADDRESSES) this.forgetFinished(now);
      this.windows.set(address, { startedAt: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  private forgetFinished(now: number): void {
    for (const [address, window] of this.windows) if (now - window.startedAt >= MINUTE_MS) this.windows.delete(address);
  }
}

/** The public surface: the public API and the residents' pages (their assets are not counted). */
export function isPublicSurface(path: string): boolean {
  return path.startsWith('/api/public/') || path === '/' || ['/book', '/manage'].some((pages) => path === pages || path.startsWith(`${pages}/`));
}

/**
 * One budget of `perMinute` requests per address across the public surface (the public API and
 * the booking pages), past which the API answers 429 `too-many-requests` and the pages a 429 page.
 */
export function publicRateLimit(app: NestExpressApplication, perMinute: number): RequestHandler {
  const clock = app.get(Clock);
  const budget = new AddressBudget(perMinute, () => clock.now().getTime());
  return (request: Request, response: Response, next: NextFunction) => {
    if (!isPublicSurface(request.path) || budget.take(request.ip ?? 'unknown')) {
      next();
      return;
    }
    response.setHeader('Retry-After', '60');
    if (request.path.startsWith('/api/')) next(new AppError('too-many-requests', 'too many requests from this address: wait a minute, then try again'));
    else sendTooManyRequestsPage(request, response);
  };
}
