import { CsvValue, csvText } from '@regflow/contracts';
import type { DataProvider, RaRecord, SortPayload } from 'react-admin';

/** The server's largest page (MAX_PAGE): an export reads the list in pages of this many. */
export const EXPORT_PAGE_SIZE = 500;

/** What a column can look up: the names of records a field refers to, and the app's messages. */
export interface CsvLookup {
  /** `nameOf('registrarId')`: the name of the record the field refers to, as in `references`. */
  readonly nameOf: (source: string) => string | null;
  readonly translate: (key: string) => string;
}

/** One column of an export: its heading (an i18n key) and what it holds for each record. */
export interface CsvColumn<RecordType extends RaRecord> {
  readonly header: string;
  readonly value: (record: RecordType, lookup: CsvLookup) => CsvValue;
}

export interface CsvExport<RecordType extends RaRecord> {
  /** The file's name before its date: `appointments` gives `appointments-2026-07-06.csv`. */
  readonly fileName: string;
  readonly columns: readonly CsvColumn<RecordType>[];
  /** Fields naming another resource's record, whose `name` a column shows: `{ registrarId: 'staff' }`. */
  readonly references?: Readonly<Record<string, string>>;
}

export interface ListedQuery {
  readonly filter: Record<string, unknown>;
  readonly sort: SortPayload;
}

/** The most rows one file holds, so a download never holds the browser for long: narrower filters get the rest. */
export const EXPORT_ROW_LIMIT = 20 * EXPORT_PAGE_SIZE;

export interface FetchedRecords<RecordType extends RaRecord> {
  readonly records: RecordType[];
  /** Whether the filters select more than `EXPORT_ROW_LIMIT` records, of which `records` are the first. */
  readonly truncated: boolean;
}

/** The records of a list as it is filtered and sorted, page after page, up to `EXPORT_ROW_LIMIT`. */
export async function fetchEveryRecord<RecordType extends RaRecord>(dataProvider: DataProvider, resource: string, { filter, sort }: ListedQuery): Promise<FetchedRecords<RecordType>> {
  const records: RecordType[] = [];
  for (let page = 1; ; page += 1) {
    const { data, total } = await dataProvider.getList<RecordType>(resource, { filter, sort, pagination: { page, perPage: EXPORT_PAGE_SIZE } });
    records.push(...data);
    const complete = data.length < EXPORT_PAGE_SIZE || (total !== undefined && records.length >= total);
    if (complete) return { records, truncated: false };
    if (records.length >= EXPORT_ROW_LIMIT) return { records, truncated: true };
  }
}

/** The names of the records the `references` fields point to, by field and id. */
async function namesOf(dataProvider: DataProvider, records: readonly RaRecord[], references: Readonly<Record<string, string>>) {
  const names = new Map<string, Map<string, string>>();
  for (const [source, reference] of Object.entries(references)) {
    const ids = [...new Set(records.map((record) => record[source]).filter((id): id is string => typeof id === 'string'))];
    const { data } = ids.length > 0 ? await dataProvider.getMany(reference, { ids }) : { data: [] };
    names.set(source, new Map(data.map((related) => [String(related.id), String(related.name)])));
  }
  return names;
}

/** The CSV text of `records`: a row of headings, then a row for each record. */
export async function csvOf<RecordType extends RaRecord>(
  dataProvider: DataProvider,
  records: readonly RecordType[],
  { columns, references = {} }: CsvExport<RecordType>,
  translate: (key: string) => string,
): Promise<string> {
  const names = await namesOf(dataProvider, records, references);
  const rows = records.map((record) => {
    const nameOf = (source: string) => names.get(source)?.get(String(record[source])) ?? null;
    return columns.map((column) => column.value(record, { nameOf, translate }));
  });
  return csvText([columns.map((column) => translate(column.header)), ...rows]);
}
