import type { FieldError } from './journey/answers';

/** The error message of the field with this id, for a GOV.UK macro's `errorMessage`. */
export function errorFor(errors: readonly FieldError[], id: string): { text: string } | undefined {
  const error = errors.find((candidate) => candidate.href === `#${id}`);
  return error ? { text: error.text } : undefined;
}
