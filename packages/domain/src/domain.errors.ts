export type DomainErrorCode =
  | 'unknown-appointment-type'
  | 'invalid-baby-count'
  | 'invalid-instant'
  | 'invalid-session'
  | 'invalid-availability-query'
  | 'invalid-slot'
  | 'not-enough-random-bytes';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}
