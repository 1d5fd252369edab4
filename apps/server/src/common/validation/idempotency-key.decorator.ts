import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { IdempotencyKeyErrorCode } from '@regflow/contracts';
import { Request } from 'express';
import { appErrorFor } from '../errors/app-error';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/;

const error = appErrorFor<IdempotencyKeyErrorCode>();

export const idempotencyKeyErrors = {
  malformed: () => error('invalid-idempotency-key', 'Idempotency-Key must be 1 to 100 letters, digits, - or _ (a UUID works)'),
};

/** The optional `Idempotency-Key` header: 1 to 100 letters, digits, `-` or `_`. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(value)) throw idempotencyKeyErrors.malformed();
  return value;
});
