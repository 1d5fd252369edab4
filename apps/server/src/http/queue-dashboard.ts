import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import { Express, NextFunction, Request, Response } from 'express';
import { AppError } from '../common/errors/app-error';
import { AuthService } from '../modules/auth/auth.service';
import { sessionToken } from '../modules/auth/staff-auth.guard';
import { hasAnyRole } from '../modules/auth/staff-principal';
import { QUEUE_NAMES } from '../modules/queues/queues.module';

export const QUEUES_PATH = '/admin/queues';

/** Bull Board at /admin/queues, for signed-in admins only. */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUES_PATH);
  const queues = QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })));
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'regflow queues' } } });
  const auth = app.get(AuthService);
  const adminsOnly = (request: Request, _response: Response, next: NextFunction) => {
    const token = sessionToken(request);
    void (token ? auth.principalFor(token) : Promise.resolve(undefined)).then(
      (principal) => {
        if (!principal) next(new AppError('not-signed-in', 'sign in as an admin at /admin first'));
        else if (!hasAnyRole(principal, ['admin'])) next(new AppError('forbidden', 'the queue dashboard is for admins: ask an admin'));
        else next();
      },
      (error: unknown) => next(error),
    );
  };
  const board = serverAdapter.getRouter() as Express;
  board.disable('x-powered-by');
  app.use(QUEUES_PATH, adminsOnly, board);
}
