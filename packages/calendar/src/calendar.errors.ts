export type CalendarErrorCode = 'invalid-date' | 'invalid-instant' | 'invalid-count' | 'no-holiday-data';

export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}
