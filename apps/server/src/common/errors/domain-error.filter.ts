import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { CalendarError } from '@regflow/calendar';
import { ComplianceError, DomainError } from '@regflow/domain';
import { Response } from 'express';
import { AppError } from './app-error';

/** HTTP statuses of the pure packages' error codes: all are bad input. */
const PURE_PACKAGE_STATUS = HttpStatus.BAD_REQUEST;

/**
 * The one place error codes become HTTP answers: `{ statusCode, code, message }`, where the
 * message says what to do. Modules throw `AppError`s with a code and a status; the pure packages
 * throw their own errors for bad input.
 */
@Catch(AppError, DomainError, CalendarError, ComplianceError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: AppError | DomainError | CalendarError | ComplianceError, host: ArgumentsHost): void {
    const status = error instanceof AppError ? error.status : PURE_PACKAGE_STATUS;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({ statusCode: status, code: error.code, message: error.message });
  }
}
