import { useRecordContext, useTranslate } from 'react-admin';

/** Choices for a select whose values each have a message: `regflow.lists.appointments.statuses.booked`. */
export function choicesOf(values: readonly string[], messages: string) {
  return values.map((id) => ({ id, name: `${messages}.${id}` }));
}

interface TranslatedFieldProps {
  readonly source: string;
  /** Where the values' messages are: a value without one is shown as it is. */
  readonly messages: string;
  readonly label?: string;
  readonly sortable?: boolean;
}

/** A field whose value is a code with a message: a status, a kind, a channel. */
export function TranslatedField({ source, messages }: TranslatedFieldProps) {
  const translate = useTranslate();
  const value = useRecordContext<Record<string, unknown>>()?.[source];
  if (typeof value !== 'string') return null;
  return <span>{translate(`${messages}.${value}`, { _: value })}</span>;
}

interface YesNoFieldProps {
  readonly source: string;
  readonly label?: string;
  readonly sortable?: boolean;
}

/** A true or false field in words, never by colour alone. */
export function YesNoField({ source }: YesNoFieldProps) {
  const translate = useTranslate();
  const value = useRecordContext<Record<string, unknown>>()?.[source];
  if (typeof value !== 'boolean') return null;
  return <span>{translate(value ? 'regflow.lists.yes' : 'regflow.lists.no')}</span>;
}
