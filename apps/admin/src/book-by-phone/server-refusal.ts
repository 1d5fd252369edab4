import type { ErrorCode, ErrorResponse, FieldProblem } from '@regflow/contracts';
import type { DetailsField } from './booking-request';

/** Why the server said no: its code, its message (which says what to do) and the fields at fault. */
export interface Refusal {
  readonly code: ErrorCode | null;
  readonly message: string;
  readonly fields: readonly FieldProblem[];
}

/** Refusals of the chosen time that another time may avoid: back to the times, refreshed. */
const TIME_REFUSALS: readonly ErrorCode[] = ['slot-unavailable', 'invalid-slot', 'slot-type-mismatch'];

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string';
}

/** react-admin's HttpError carries the server's answer as `body`; anything else is just its message. */
export function refusalOf(error: unknown): Refusal {
  const body: unknown = typeof error === 'object' && error !== null && 'body' in error ? error.body : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return isErrorResponse(body) ? { code: body.code, message: body.message || message, fields: body.fields ?? [] } : { code: null, message, fields: [] };
}

export function refusesTheTime(refusal: Refusal): boolean {
  return refusal.code !== null && TIME_REFUSALS.includes(refusal.code);
}

const FORM_FIELDS: Readonly<Record<string, DetailsField>> = {
  'resident.name': 'name',
  'resident.email': 'email',
  'resident.phone': 'phone',
  eventDate: 'dateOfDeath',
  dateOfDeathUnknown: 'dateOfDeath',
};

/** The server's field problems placed on the form's fields; the rest stay with the message. */
export function fieldProblemsOf(refusal: Refusal): Readonly<Partial<Record<DetailsField, string>>> {
  const placed: Partial<Record<DetailsField, string>> = {};
  for (const { field, problems } of refusal.fields) {
    const formField = FORM_FIELDS[field];
    if (formField) placed[formField] = [placed[formField], ...problems].filter(Boolean).join('; ');
  }
  return placed;
}
