import { Logger, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { createBookingRouter } from '@regflow/booking';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ApiExceptionFilter } from '../common/errors/api-exception.filter';
import { validationExceptionFactory } from '../common/validation/validation-exception.factory';
import { dirname, join } from 'node:path';
import { BookingPagesAdapter } from '../modules/scheduling/booking-pages.adapter';
import { jsonBody } from './json-body';
import { apiDocument } from './openapi';
import { SESSION_COOKIE } from '../modules/auth/staff-auth.guard';
import { publicRateLimit } from './public-rate-limit';
import { mountQueueDashboard } from './queue-dashboard';
import { ConfigType } from '@nestjs/config';
import { httpConfig, secretsConfig } from '../config';
import { Links } from '../common/links/links';

export const API_PREFIX = 'api';
export const ADMIN_PATH = '/admin';

function adminBuildDir(): string {
  return join(dirname(require.resolve('@regflow/admin/package.json')), 'dist');
}

/**
 * Everything the HTTP entry adds around the Nest modules: security headers, validation, the
 * OpenAPI docs, the admin single-page app at /admin and the residents' booking pages at /.
 */
export function configureHttp(app: NestExpressApplication): void {
  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { scriptSrc: ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce}'`] },
      },
    }),
  );
  app.use(publicRateLimit(app, app.get<ConfigType<typeof httpConfig>>(httpConfig.KEY).publicRequestsPerMinute));
  app.disable('x-powered-by');
  // API answers carry personal data (bookings, residents, staff): no browser or proxy keeps a copy.
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix(API_PREFIX);
  app.use(`/${API_PREFIX}`, ...jsonBody());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationExceptionFactory }));
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => apiDocument(app, SESSION_COOKIE));

  const admin = adminBuildDir();
  if (!existsSync(join(admin, 'index.html'))) {
    new Logger('Http').warn(`the admin app is not built (${admin}): run npm run build`);
  }
  mountQueueDashboard(app);
  const bookingPagesLogger = new Logger('BookingPages');
  app.use(ADMIN_PATH, express.static(admin, { index: 'index.html', fallthrough: true }));
  app.use(
    createBookingRouter({
      booking: BookingPagesAdapter.of(app),
      secret: app.get<ConfigType<typeof secretsConfig>>(secretsConfig.KEY).appSecret,
      secureCookies: app.get(Links).isSecure(),
      // The path only: a manage link's query holds its token.
      onFault: (fault, request) => bookingPagesLogger.error(`${request.method} ${request.path} answered 500: ${String(fault)}`, fault instanceof Error ? fault.stack : undefined),
    }),
  );
}
