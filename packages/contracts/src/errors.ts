/**
 * Every error code the API answers with, each listed once, and the one HTTP status it answers.
 * A module's union names its own codes plus the shared ones it reuses (`unknown-office` and
 * `unknown-appointment-type` belong to settings, which manages offices and types, and are reused).
 */

/** Answered by the HTTP layer itself, whatever the route. */
export const HTTP_ERROR_CODES = [
  'not-found',
  'payload-too-large',
  'unsupported-media-type',
  'too-many-requests',
  'malformed-json',
  'body-too-deep',
  'invalid-input',
  'internal-error',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

/** `?sort=…&range=…&filter=…` on a list endpoint. */
export const LIST_QUERY_ERROR_CODES = ['invalid-sort', 'invalid-range', 'invalid-filter'] as const;
export type ListQueryErrorCode = (typeof LIST_QUERY_ERROR_CODES)[number];

/** The `Idempotency-Key` header. */
export const IDEMPOTENCY_KEY_ERROR_CODES = ['invalid-idempotency-key', 'idempotency-key-reused'] as const;
export type IdempotencyKeyErrorCode = (typeof IDEMPOTENCY_KEY_ERROR_CODES)[number];

/** `CalendarError` from `@regflow/calendar`. */
export const CALENDAR_ERROR_CODES = ['invalid-date', 'invalid-instant', 'invalid-count', 'no-holiday-data'] as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

/** `DomainError` from `@regflow/domain` (it reuses the calendar's `invalid-instant` and settings' `unknown-appointment-type`). */
export const DOMAIN_ERROR_CODES = [
  'invalid-baby-count',
  'invalid-session',
  'invalid-availability-query',
  'invalid-slot',
  'not-enough-random-bytes',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number] | 'invalid-instant' | 'unknown-appointment-type';

/** `ComplianceError` from `@regflow/domain`'s compliance rules. */
export const COMPLIANCE_RULES_ERROR_CODES = [
  'invalid-period',
  'invalid-events-csv',
  'invalid-thresholds',
  'invalid-survey',
  'invalid-history',
  'unknown-indicator',
] as const;
export type ComplianceRulesErrorCode = (typeof COMPLIANCE_RULES_ERROR_CODES)[number];

export const AUTH_ERROR_CODES = ['wrong-credentials', 'too-many-sign-in-attempts', 'not-signed-in', 'forbidden', 'not-your-diary', 'wrong-current-password'] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export const SETTINGS_ERROR_CODES = [
  'office-not-found',
  'office-name-taken',
  'office-in-use',
  'unknown-office',
  'unknown-appointment-type',
  'appointment-type-not-found',
  'closure-not-found',
  'closure-day-taken',
  'office-closure-not-found',
  'office-closure-day-taken',
  'suspension-not-found',
  'suspension-ends-before-start',
] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

export const DIARIES_ERROR_CODES = [
  'session-not-found',
  'unknown-registrar',
  'session-ends-before-start',
  'session-overlaps',
  'session-template-not-found',
  'session-template-overlaps',
  'block-not-found',
  'unknown-session',
  'block-outside-session',
  'block-over-appointments',
  'session-has-appointments',
  'slot-unavailable',
  'officers-not-distinct',
  'session-on-closed-day',
] as const;
export type DiariesErrorCode = (typeof DIARIES_ERROR_CODES)[number] | 'unknown-office';

export const SCHEDULING_ERROR_CODES = [
  'not-bookable-online',
  'online-booking-suspended',
  'booking-not-found',
  'booking-not-changeable',
  'appointment-not-found',
  'request-not-found',
  'status-change-not-allowed',
  'slot-type-mismatch',
  'event-date-after-request',
  'too-late-to-change',
  'satisfaction-not-open',
  'too-early-to-mark',
  'nothing-to-undo',
] as const;
export type SchedulingErrorCode = (typeof SCHEDULING_ERROR_CODES)[number] | 'unknown-appointment-type' | 'invalid-slot' | 'slot-unavailable' | 'idempotency-key-reused';

export const STAFF_ERROR_CODES = ['staff-not-found', 'staff-email-taken', 'admin-self-lockout'] as const;
export type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number] | 'unknown-office';

export const NOTIFICATIONS_ERROR_CODES = ['message-not-found', 'alert-not-found', 'message-not-resendable'] as const;
export type NotificationsErrorCode = (typeof NOTIFICATIONS_ERROR_CODES)[number];

/** A mail or text-message provider did not take a message: raised in the worker, never over HTTP. */
export const DELIVERY_ERROR_CODES = ['delivery-refused', 'delivery-unreachable', 'notify-not-configured'] as const;
export type DeliveryErrorCode = (typeof DELIVERY_ERROR_CODES)[number];

/** The compliance reports in the API (the scoring rules' own codes are `ComplianceRulesErrorCode`). */
export const COMPLIANCE_ERROR_CODES = ['indicator-without-target', 'not-a-month', 'report-out-of-bounds'] as const;
export type ComplianceReportsErrorCode = (typeof COMPLIANCE_ERROR_CODES)[number] | 'unknown-indicator';

export const AUDIT_ERROR_CODES = ['audit-entry-not-found'] as const;
export type AuditErrorCode = (typeof AUDIT_ERROR_CODES)[number] | 'invalid-filter';

/** Raised by `regflow seed`, never over HTTP. */
export const SEEDING_ERROR_CODES = ['invalid-demo-data'] as const;
export type SeedingErrorCode = (typeof SEEDING_ERROR_CODES)[number];

/** Every code, each list once: a spec checks no code is in two lists. */
export const ERROR_CODE_LISTS = {
  http: HTTP_ERROR_CODES,
  listQuery: LIST_QUERY_ERROR_CODES,
  idempotencyKey: IDEMPOTENCY_KEY_ERROR_CODES,
  calendar: CALENDAR_ERROR_CODES,
  domain: DOMAIN_ERROR_CODES,
  complianceRules: COMPLIANCE_RULES_ERROR_CODES,
  auth: AUTH_ERROR_CODES,
  settings: SETTINGS_ERROR_CODES,
  diaries: DIARIES_ERROR_CODES,
  scheduling: SCHEDULING_ERROR_CODES,
  staff: STAFF_ERROR_CODES,
  notifications: NOTIFICATIONS_ERROR_CODES,
  delivery: DELIVERY_ERROR_CODES,
  compliance: COMPLIANCE_ERROR_CODES,
  audit: AUDIT_ERROR_CODES,
  seeding: SEEDING_ERROR_CODES,
} as const;

export type ErrorCode = (typeof ERROR_CODE_LISTS)[keyof typeof ERROR_CODE_LISTS][number];

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 502;

/** The one status of each code: an object literal, so no code can be given two. */
export const ERROR_STATUSES: { readonly [Code in ErrorCode]: ErrorStatus } = {
  'not-found': 404,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'too-many-requests': 429,
  'malformed-json': 400,
  'body-too-deep': 400,
  'invalid-input': 400,
  'internal-error': 500,

  'invalid-sort': 400,
  'invalid-range': 400,
  'invalid-filter': 400,
  'invalid-idempotency-key': 400,
  'idempotency-key-reused': 422,

  'invalid-date': 400,
  'invalid-instant': 400,
  'invalid-count': 400,
  'no-holiday-data': 500,

  'invalid-baby-count': 400,
  'invalid-session': 400,
  'invalid-availability-query': 400,
  'invalid-slot': 400,
  'not-enough-random-bytes': 500,

  'invalid-period': 400,
  'invalid-events-csv': 400,
  'invalid-thresholds': 400,
  'invalid-survey': 400,
  'invalid-history': 400,
  'unknown-indicator': 400,

  'wrong-credentials': 401,
  'too-many-sign-in-attempts': 429,
  'not-signed-in': 401,
  forbidden: 403,
  'not-your-diary': 403,
  'wrong-current-password': 403,

  'office-not-found': 404,
  'office-name-taken': 409,
  'office-in-use': 409,
  'unknown-office': 400,
  'unknown-appointment-type': 400,
  'appointment-type-not-found': 404,
  'closure-not-found': 404,
  'closure-day-taken': 409,
  'office-closure-not-found': 404,
  'office-closure-day-taken': 409,
  'suspension-not-found': 404,
  'suspension-ends-before-start': 400,

  'session-not-found': 404,
  'unknown-registrar': 400,
  'session-ends-before-start': 400,
  'session-overlaps': 409,
  'session-template-not-found': 404,
  'session-template-overlaps': 409,
  'block-not-found': 404,
  'unknown-session': 400,
  'block-outside-session': 400,
  'block-over-appointments': 409,
  'session-has-appointments': 409,
  'slot-unavailable': 409,
  'officers-not-distinct': 400,
  'session-on-closed-day': 409,

  'not-bookable-online': 403,
  'online-booking-suspended': 403,
  'booking-not-found': 404,
  'too-late-to-change': 409,
  'satisfaction-not-open': 409,
  'booking-not-changeable': 409,
  'appointment-not-found': 404,
  'request-not-found': 404,
  'status-change-not-allowed': 409,
  'slot-type-mismatch': 400,
  'event-date-after-request': 400,
  'too-early-to-mark': 409,
  'nothing-to-undo': 409,

  'staff-not-found': 404,
  'staff-email-taken': 409,
  'admin-self-lockout': 409,

  'message-not-found': 404,
  'alert-not-found': 404,
  'message-not-resendable': 409,

  'delivery-refused': 502,
  'delivery-unreachable': 502,
  'notify-not-configured': 502,

  'indicator-without-target': 400,
  'not-a-month': 400,
  'report-out-of-bounds': 400,

  'audit-entry-not-found': 404,

  'invalid-demo-data': 500,
};

export function errorStatus(code: ErrorCode): ErrorStatus {
  return ERROR_STATUSES[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUSES, value);
}

/** One field of a 400 `invalid-input` and everything wrong with it. */
export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** Every error answer of the API. `message` says what to do; `fields` comes with `invalid-input`. */
export interface ErrorResponse {
  readonly statusCode: ErrorStatus;
  readonly code: ErrorCode;
  readonly message: string;
  readonly fields?: readonly FieldProblem[];
}
