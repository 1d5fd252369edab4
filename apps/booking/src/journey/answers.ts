import { BANK_HOLIDAY_YEARS, formatCivilDate, isCalendarDay } from '@regflow/calendar';
import { DateTime } from 'luxon';
import type { ChoiceQuestion, CountQuestion, DateQuestion, Question } from './questions';

/** What a form sent: only string fields count; a repeated field is ignored as tampering. */
export type FormFields = Readonly<Record<string, string>>;

export interface FieldError {
  readonly text: string;
  /** The id of the input the error summary links to. */
  readonly href: string;
}

export type ReadAnswer = { readonly value: string; readonly error?: undefined } | { readonly value?: undefined; readonly error: FieldError };

export function formFields(body: unknown): FormFields {
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** The three boxes of a stored `yyyy-mm-dd` answer, to show it back. */
export function dateParts(value: string | undefined): Record<DatePart, string> {
  const [year = '', month = '', day = ''] = value ? value.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

export function readAnswer(question: Question, fields: FormFields, today: string): ReadAnswer {
  switch (question.kind) {
    case 'date':
      return readDate(question, fields, today);
    case 'choice':
      return readChoice(question, fields);
    case 'count':
      return readCount(question, fields);
  }
}

function readChoice(question: ChoiceQuestion, fields: FormFields): ReadAnswer {
  const value = fields[question.name];
  if (value && question.options.some((option) => option.value === value)) return { value };
  return { error: { text: question.required, href: `#${question.name}` } };
}

function readCount(question: CountQuestion, fields: FormFields): ReadAnswer {
  const text = (fields[question.name] ?? '').trim();
  const error = (message: string): ReadAnswer => ({ error: { text: message, href: `#${question.name}` } });
  if (text === '') return error(`Enter the ${question.label.toLowerCase()}`);
  if (!/^\d+$/.test(text)) return error(`${question.label} must be a number, like 2`);
  const count = Number(text);
  if (count < question.min || count > question.max) return error(`${question.label} must be between ${question.min} and ${question.max}`);
  return { value: String(count) };
}

/** GOV.UK's date input messages: what is missing, a real date, and not in the future. */
function readDate(question: DateQuestion, fields: FormFields, today: string): ReadAnswer {
  const parts = Object.fromEntries(DATE_PARTS.map((part) => [part, (fields[`${question.name}-${part}`] ?? '').trim()])) as Record<DatePart, string>;
  const error = (message: string, part: DatePart = 'day'): ReadAnswer => ({ error: { text: message, href: `#${question.name}-${part}` } });
  const missing = DATE_PARTS.filter((part) => parts[part] === '');
  if (missing.length === 3) return error(`Enter the ${question.label.toLowerCase()}`);
  if (missing.length > 0) return error(`${question.label} must include a ${missing.join(' and ')}`, missing[0]);
  const notNumber = DATE_PARTS.find((part) => !/^\d+$/.test(parts[part]));
  if (notNumber) return error(`${question.label} must be a real date`, notNumber);
  if (parts.year.length !== 4) return error(`Year must include 4 numbers`, 'year');
  const date = DateTime.fromObject({ year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }, { zone: 'utc' });
  if (!date.isValid) return error(`${question.label} must be a real date`, Number(parts.month) > 12 || Number(parts.month) < 1 ? 'month' : 'day');
  const value = formatCivilDate(date);
  if (value > today) return error(`${question.label} must be today or in the past`);
  if (!isCalendarDay(value)) return error(`${question.label} must be in ${BANK_HOLIDAY_YEARS.first} or later`, 'year');
  return { value };
}
