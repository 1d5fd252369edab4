import { AppError } from '../common/errors/app-error';
import express, { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/** The largest JSON body the API reads. */
export const JSON_BODY_LIMIT = '100kb';

const JSON_ONLY = 'send the body as JSON with Content-Type: application/json';

/** A body of another type (a form, text) is refused rather than read as no fields at all. */
function requireJson(request: Request, _response: Response, next: NextFunction): void {
  if (request.is('json') === false) next(new AppError('unsupported-media-type', `${request.get('content-type') ?? 'a body without a Content-Type'} is not accepted here: ${JSON_ONLY}`));
  else next();
}

/** body-parser's failures (its `type`), as the API's errors. */
function bodyError(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new AppError('malformed-json', `the body is not valid JSON (${(error as Error).message}): check its quotes, commas and brackets`);
    case 'entity.too.large':
      return new AppError('payload-too-large', `the body is larger than ${JSON_BODY_LIMIT}: send less`);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError('unsupported-media-type', `${(error as Error).message}: ${JSON_ONLY}, in UTF-8 and not compressed`);
    default:
      return error;
  }
}

/** The API's body reading: JSON only, up to JSON_BODY_LIMIT, with each failure answered by its code. */
export function jsonBody(): (RequestHandler | ErrorRequestHandler)[] {
  const translate: ErrorRequestHandler = (error: unknown, _request, _response, next) => next(bodyError(error));
  return [requireJson, express.json({ limit: JSON_BODY_LIMIT }), translate];
}
