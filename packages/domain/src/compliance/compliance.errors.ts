export type ComplianceErrorCode =
  | 'invalid-period'
  | 'invalid-events-csv'
  | 'invalid-thresholds'
  | 'invalid-survey'
  | 'invalid-history'
  | 'unknown-indicator';

export class ComplianceError extends Error {
  override readonly name = 'ComplianceError';

  constructor(
    readonly code: ComplianceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
