import { APPOINTMENT_TYPE_CODES, isAppointmentTypeCode } from '@regflow/contracts';
import { civilDayNumber, parseZonedInstant } from './civil-time';
import { ComplianceEvent } from './compliance-event';
import { ComplianceError } from './compliance.errors';

export const EVENTS_CSV_COLUMNS = [
  'id',
  'type',
  'requested_at',
  'paperwork_ready_at',
  'first_offer_at',
  'appointment_at',
  'event_date',
  'registered_at',
  'coroner_referred',
] as const;

/** Columns a file may leave out: `target_working_days` (empty or absent: DOMAIN.md's target for the type). */
export const EVENTS_CSV_OPTIONAL_COLUMNS = ['target_working_days'] as const;

export type EventsCsvColumn = (typeof EVENTS_CSV_COLUMNS)[number] | (typeof EVENTS_CSV_OPTIONAL_COLUMNS)[number];

/** Where each column sits in the file's rows, read from its header; -1 for an optional column left out. */
export interface EventsCsvHeader {
  readonly positions: Readonly<Record<EventsCsvColumn, number>>;
  readonly fieldCount: number;
}

const MOST_TARGET_WORKING_DAYS = 60;

const HEADER_LINE = 1;
const BYTE_ORDER_MARK = /^\uFEFF/;
const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0', '']);
type InstantColumn = 'requested_at' | 'paperwork_ready_at' | 'first_offer_at' | 'appointment_at' | 'registered_at';

function csvError(lineNumber: number, message: string, column?: EventsCsvColumn): ComplianceError {
  return new ComplianceError('invalid-events-csv', `line ${lineNumber}${column ? `, column ${column}` : ''}: ${message}`);
}

function quotedField(record: string, opening: number, lineNumber: number, fieldNumber: number): { value: string; end: number } {
  let value = '';
  let cursor = opening + 1;
  for (;;) {
    const quote = record.indexOf('"', cursor);
    if (quote === -1) {
      throw csvError(lineNumber, `field ${fieldNumber} opens a quote that is not closed: end it with " (each record must be on one line)`);
    }
    value += record.slice(cursor, quote);
    if (record[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    cursor = quote + 2;
  }
}

/** The fields of one CSV record on one line (RFC 4180: a field in double quotes may hold commas, and `""` for a quote). */
export function splitCsvRecord(line: string, lineNumber: number): string[] {
  const record = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!record.includes('"')) return record.split(',');
  const fields: string[] = [];
  for (let position = 0; ; position += 1) {
    const fieldNumber = fields.length + 1;
    if (record[position] === '"') {
      const { value, end } = quotedField(record, position, lineNumber, fieldNumber);
      fields.push(value);
      position = end;
      if (position === record.length) return fields;
      if (record[position] !== ',') {
        throw csvError(lineNumber, `field ${fieldNumber} has text after its closing quote: put the whole field in quotes and write each " inside it as ""`);
      }
    } else {
      const comma = record.indexOf(',', position);
      const value = record.slice(position, comma === -1 ? record.length : comma);
      if (value.includes('"')) {
        throw csvError(lineNumber, `field ${fieldNumber} has a " but does not start with one: put the field in quotes and write each " inside it as ""`);
      }
      fields.push(value);
      if (comma === -1) return fields;
      position = comma;
    }
  }
}

/** Reads the header row: the nine columns in any order, optionally `target_working_days` (others are ignored). */
export function parseEventsCsvHeader(line: string): EventsCsvHeader {
  const names = splitCsvRecord(line.replace(BYTE_ORDER_MARK, ''), HEADER_LINE).map((name) => name.trim().toLowerCase());
  const repeated = names.find((name, position) => name !== '' && names.indexOf(name) !== position);
  if (repeated) throw csvError(HEADER_LINE, `the header names "${repeated}" twice: name each column once`);
  const missing = EVENTS_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw csvError(
      HEADER_LINE,
      `the header lacks ${missing.join(', ')}: the first line must name the columns ${EVENTS_CSV_COLUMNS.join(',')} (in any order)`,
    );
  }
  const columns = [...EVENTS_CSV_COLUMNS, ...EVENTS_CSV_OPTIONAL_COLUMNS];
  const positions = Object.fromEntries(columns.map((column) => [column, names.indexOf(column)])) as Record<EventsCsvColumn, number>;
  return { positions, fieldCount: names.length };
}

/**
 * Reads one data row into an event, its instants as Dates; null for a blank line. Errors name the
 * line, the column and what to write instead.
 */
export function parseEventsCsvLine(line: string, lineNumber: number, header: EventsCsvHeader): ComplianceEvent | null {
  if (line.trim() === '') return null;
  const fields = splitCsvRecord(line, lineNumber);
  if (fields.length !== header.fieldCount) {
    throw csvError(lineNumber, `${fields.length} fields where the header names ${header.fieldCount}: put any field that contains a comma in double quotes`);
  }
  const text = (column: EventsCsvColumn) => (header.positions[column] === -1 ? '' : fields[header.positions[column]].trim());

  const instant = (column: InstantColumn): Date | null => {
    const value = text(column);
    if (value === '') return null;
    const millis = parseZonedInstant(value);
    if (millis === null) {
      throw csvError(lineNumber, `"${value}" is not an instant with an offset: write ISO 8601 with Z or an offset, e.g. 2022-06-30T23:30:00Z, or leave it empty`, column);
    }
    return new Date(millis);
  };

  const id = text('id');
  if (id === '') throw csvError(lineNumber, 'the id is empty: give each row an id', 'id');
  const type = text('type');
  if (!isAppointmentTypeCode(type)) {
    throw csvError(lineNumber, `"${type}" is not an event type: use ${APPOINTMENT_TYPE_CODES.join(', ')}`, 'type');
  }
  const eventDate = text('event_date');
  if (eventDate !== '' && civilDayNumber(eventDate) === null) {
    throw csvError(lineNumber, `"${eventDate}" is not a date: write it as yyyy-mm-dd, e.g. 2021-12-03, or leave it empty`, 'event_date');
  }
  const coronerReferred = text('coroner_referred').toLowerCase();
  if (!YES.has(coronerReferred) && !NO.has(coronerReferred)) {
    throw csvError(lineNumber, `"${text('coroner_referred')}" is not yes or no: write true or false (empty means false)`, 'coroner_referred');
  }
  const targetText = text('target_working_days');
  const targetWorkingDays = targetText === '' ? null : Number(targetText);
  if (targetWorkingDays !== null && !(Number.isInteger(targetWorkingDays) && targetWorkingDays >= 0 && targetWorkingDays <= MOST_TARGET_WORKING_DAYS)) {
    throw csvError(lineNumber, `"${targetText}" is not a number of working days: write a whole number from 0 to ${MOST_TARGET_WORKING_DAYS}, or leave it empty for the type's usual target`, 'target_working_days');
  }
  return {
    id,
    type,
    ...(targetWorkingDays === null ? {} : { targetWorkingDays }),
    requestedAt: instant('requested_at'),
    paperworkReadyAt: instant('paperwork_ready_at'),
    firstOfferAt: instant('first_offer_at'),
    appointmentAt: instant('appointment_at'),
    eventDate: eventDate === '' ? null : eventDate,
    registeredAt: instant('registered_at'),
    coronerReferred: YES.has(coronerReferred),
  };
}
