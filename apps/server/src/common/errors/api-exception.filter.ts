import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CalendarError } from '@regflow/calendar';
import { ERROR_STATUSES, ErrorCode, ErrorResponse, HttpErrorCode } from '@regflow/contracts';
import { ComplianceError, DomainError } from '@regflow/domain';
import { Request, Response } from 'express';
import { InvalidInputError } from '../validation/validation-exception.factory';
import { AppError } from './app-error';

/** Codes for the HttpExceptions Nest and its guards raise themselves, by status. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'invalid-input',
  [HttpStatus.UNAUTHORIZED]: 'not-signed-in',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not-found',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload-too-large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported-media-type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'too-many-requests',
};

const INTERNAL_ERROR: ErrorResponse = {
  statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
  code: 'internal-error',
  message: 'something went wrong on our side: try again, and tell the register office if it keeps happening',
};

/** Messages for the codes the HTTP layer answers: what went wrong and what to change. */
function httpLayerMessage(code: HttpErrorCode | ErrorCode, request: Request, fallback: string): string {
  switch (code) {
    case 'not-found':
      return `there is no ${request.method} ${request.path}: GET /api/docs lists every endpoint`;
    case 'too-many-requests':
      return 'too many requests from this address: wait a minute, then try again';
    default:
      return fallback;
  }
}

function answer(code: ErrorCode, message: string, fields?: ErrorResponse['fields']): ErrorResponse {
  return { statusCode: ERROR_STATUSES[code], code, message, ...(fields ? { fields } : {}) };
}

/**
 * Every error of the API becomes `{ statusCode, code, message }`, the status looked up from the
 * code (ERROR_STATUSES). Codes come from the modules' AppErrors, the pure packages' errors, and,
 * for what Nest and express raise themselves (unknown route, 429, malformed JSON), from their
 * status. Anything unexpected is a 500 `internal-error` that names nothing inside; it is logged.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) return;
    const body = this.toResponse(error, request);
    if (body.statusCode === HttpStatus.NOT_FOUND && body.code === 'not-found' && !request.path.startsWith('/api/')) {
      response.status(HttpStatus.NOT_FOUND).type('html').send(PAGE_NOT_FOUND);
      return;
    }
    response.status(body.statusCode).json(body);
  }

  private toResponse(error: unknown, request: Request): ErrorResponse {
    if (error instanceof InvalidInputError) return answer(error.code, error.message, error.fields);
    if (error instanceof AppError || error instanceof DomainError || error instanceof CalendarError || error instanceof ComplianceError) {
      return this.known(error.code, error.message, error);
    }
    if (error instanceof HttpException) {
      const code = HTTP_EXCEPTION_CODES[error.getStatus()];
      if (code) return answer(code, httpLayerMessage(code, request, error.message));
    }
    return this.unexpected(error);
  }

  private known(code: ErrorCode, message: string, error: Error): ErrorResponse {
    return ERROR_STATUSES[code] >= HttpStatus.INTERNAL_SERVER_ERROR ? this.unexpected(error) : answer(code, message);
  }

  private unexpected(error: unknown): ErrorResponse {
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return INTERNAL_ERROR;
  }
}

/** Outside /api an unknown address is a page: a person reads it, not a program. */
const PAGE_NOT_FOUND =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>' +
  '<body><h1>Page not found</h1><p>If you typed the web address, check it is correct.</p><p><a href="/">Go to the start page</a></p></body></html>';
