import { useRecordContext } from 'react-admin';
import { formatCivilDay, formatLondonInstant, isCivilDay, LondonFormat } from './london';

interface LondonDateProps {
  /** An instant with an offset, or a civil day `yyyy-mm-dd`. */
  readonly value: string | null | undefined;
  readonly format?: LondonFormat;
  /** Shown when there is no date. */
  readonly empty?: string;
}

/** The one way regflow shows a date or time: London's, in a `<time>` element machines can read. */
export function LondonDate({ value, format = 'day-time', empty = '' }: LondonDateProps) {
  if (!value) return <>{empty}</>;
  const text = isCivilDay(value) ? formatCivilDay(value, format === 'short-day' ? 'short-day' : 'day') : formatLondonInstant(value, format);
  return <time dateTime={value}>{text}</time>;
}

interface LondonDateFieldProps {
  readonly source: string;
  readonly format?: LondonFormat;
  readonly label?: string;
  readonly sortable?: boolean;
  readonly empty?: string;
}

/** A react-admin field over the record's date: `<LondonDateField source="startsAt" />`. */
export function LondonDateField({ source, format, empty }: LondonDateFieldProps) {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  return <LondonDate value={typeof value === 'string' ? value : null} format={format} empty={empty} />;
}
