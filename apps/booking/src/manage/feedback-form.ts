import { SATISFACTION_RATINGS, SatisfactionRating } from '@regflow/contracts';
import { SATISFACTION_COMMENT_LENGTH } from '@regflow/domain';
import type { SatisfactionAnswer } from '../booking-port';
import type { FieldError, FormFields } from '../journey/answers';

export const RATING_FIELD = 'rating';
export const COMMENT_FIELD = 'comment';

const RATING_WORDS: Readonly<Record<SatisfactionRating, string>> = {
  'very-good': 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  'very-poor': 'Very poor',
};

/** The answers to the satisfaction question, best first. */
export const RATING_OPTIONS = SATISFACTION_RATINGS.map((value) => ({ value, text: RATING_WORDS[value] }));

/** What the resident sent, to show back with its errors. */
export interface FeedbackForm {
  readonly rating: string;
  readonly comment: string;
}

export type ReadFeedback = { readonly answer: SatisfactionAnswer; readonly errors?: undefined } | { readonly answer?: undefined; readonly errors: readonly FieldError[] };

export function feedbackFormOf(fields: FormFields): FeedbackForm {
  // Browsers send a textarea's line breaks as CRLF; the character count in the page counts one character.
  return { rating: fields[RATING_FIELD] ?? '', comment: (fields[COMMENT_FIELD] ?? '').replace(/\r\n/g, '\n') };
}

export function readFeedback(form: FeedbackForm): ReadFeedback {
  const rating = SATISFACTION_RATINGS.find((candidate) => candidate === form.rating);
  const comment = form.comment.trim();
  const errors: FieldError[] = [];
  if (!rating) errors.push({ text: 'Select how you felt about the service you received', href: `#${RATING_FIELD}` });
  if (comment.length > SATISFACTION_COMMENT_LENGTH) errors.push({ text: `Your comments must be ${SATISFACTION_COMMENT_LENGTH} characters or fewer`, href: `#${COMMENT_FIELD}` });
  if (!rating || errors.length) return { errors };
  return { answer: comment ? { rating, comment } : { rating } };
}
