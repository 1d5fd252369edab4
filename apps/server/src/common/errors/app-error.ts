import { ErrorCode, ErrorStatus, errorStatus } from '@regflow/contracts';

/**
 * A failure a user can act on: a stable `code` for programs, a `message` that says what to do.
 * The status comes from the code (`ERROR_STATUSES` in @regflow/contracts), so a code always
 * answers the same status.
 */
export class AppError<Code extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'AppError';
  readonly status: ErrorStatus;

  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.status = errorStatus(code);
  }
}

/** `new AppError` limited to one module's codes: `const error = appErrorFor<StaffErrorCode>()`. */
export function appErrorFor<Code extends ErrorCode>(): (code: Code, message: string) => AppError<Code> {
  return (code, message) => new AppError(code, message);
}
