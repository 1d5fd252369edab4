import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/;

/** The optional `Idempotency-Key` header: 1 to 100 letters, digits, `-` or `_`. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw new BadRequestException('Idempotency-Key must be 1 to 100 letters, digits, - or _ (a UUID works)');
  }
  return value;
});
