import { HttpStatus } from '@nestjs/common';

/** A failure a user can act on: a stable `code` for programs, a `message` that says what to do. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    message: string,
  ) {
    super(message);
  }
}
