import { AppError } from '../common/errors/app-error';
import express, { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/** The largest JSON body the API reads. */
export const JSON_BODY_LIMIT = '100kb';
/** How deeply arrays and objects may nest in a body: the deepest the API takes is 3. */
export const JSON_BODY_MAX_DEPTH = 16;

const JSON_ONLY = 'send the body as JSON with Content-Type: application/json';

/** Whether the request carries a body at all (an empty POST, such as signing out, does not). */
function carriesBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

/** A body of another type (a form, text) is refused rather than read as no fields at all. */
function requireJson(request: Request, _response: Response, next: NextFunction): void {
  if (carriesBody(request) && request.is('json') === false) next(new AppError('unsupported-media-type', `${request.get('content-type') ?? 'a body without a Content-Type'} is not accepted here: ${JSON_ONLY}`));
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

/** Whether arrays and objects nest deeper than `limit`, walked without recursion so no body can exhaust the stack. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/** A body nested deeper than any the API takes is refused before validation walks it. */
function limitDepth(request: Request, _response: Response, next: NextFunction): void {
  if (nestsDeeperThan(request.body, JSON_BODY_MAX_DEPTH)) {
    next(new AppError('body-too-deep', `the body nests arrays and objects more than ${JSON_BODY_MAX_DEPTH} deep: send the fields the endpoint documents`));
  } else next();
}

/** The API's body reading: JSON only, up to JSON_BODY_LIMIT and JSON_BODY_MAX_DEPTH, with each failure answered by its code. */
export function jsonBody(): (RequestHandler | ErrorRequestHandler)[] {
  const translate: ErrorRequestHandler = (error: unknown, _request, _response, next) => next(bodyError(error));
  return [requireJson, express.json({ limit: JSON_BODY_LIMIT }), translate, limitDepth];
}
