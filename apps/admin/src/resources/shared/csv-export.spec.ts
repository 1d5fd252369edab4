import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CsvExport, csvOf, EXPORT_PAGE_SIZE, EXPORT_ROW_LIMIT, fetchEveryRecord } from './csv-export';

interface Row extends RaRecord {
  readonly id: string;
  readonly name: string;
  readonly registrarId: string | null;
}

const rows = (count: number, from = 0): Row[] =>
  Array.from({ length: count }, (_, index) => ({ id: `row-${from + index}`, name: `Row ${from + index}`, registrarId: 'staff-amrit' }));

/** A server holding `total` rows, answering pages of them; the spy keeps what was asked. */
function serverHolding(total: number) {
  const getList = vi.fn(async (_resource: string, { pagination }: GetListParams) => {
    const { page, perPage } = pagination!;
    const first = (page - 1) * perPage;
    return { data: rows(Math.max(0, Math.min(perPage, total - first)), first), total };
  });
  const getMany = vi.fn(async (_resource: string, { ids }: { ids: string[] }) => ({ data: ids.map((id) => ({ id, name: id === 'staff-amrit' ? 'Amrit Kaur' : '?' })) }));
  return { getList, getMany, dataProvider: { getList, getMany } as unknown as DataProvider };
}

const query = { filter: { status: 'failed' }, sort: { field: 'dueAt', order: 'ASC' } as const };

describe(fetchEveryRecord.name, () => {
  it('reads page after page of the largest size the server allows until it has them all', async () => {
    const { getList, dataProvider } = serverHolding(EXPORT_PAGE_SIZE * 2 + 3);

    const { records, truncated } = await fetchEveryRecord<Row>(dataProvider, 'messages', query);

    expect(records).toHaveLength(EXPORT_PAGE_SIZE * 2 + 3);
    expect(truncated).toBe(false);
    expect(getList.mock.calls.map(([, params]) => params.pagination)).toEqual([
      { page: 1, perPage: 500 },
      { page: 2, perPage: 500 },
      { page: 3, perPage: 500 },
    ]);
    expect(getList).toHaveBeenCalledWith('messages', expect.objectContaining(query));
  });

  it('asks once when everything fits in a page', async () => {
    const { getList, dataProvider } = serverHolding(EXPORT_PAGE_SIZE);

    await expect(fetchEveryRecord<Row>(dataProvider, 'messages', query)).resolves.toMatchObject({ records: { length: EXPORT_PAGE_SIZE }, truncated: false });
    expect(getList).toHaveBeenCalledTimes(1);
  });

  it('stops at the most rows one file holds, and says there were more', async () => {
    const { getList, dataProvider } = serverHolding(EXPORT_ROW_LIMIT + 1);

    const { records, truncated } = await fetchEveryRecord<Row>(dataProvider, 'messages', query);

    expect(records).toHaveLength(EXPORT_ROW_LIMIT);
    expect(truncated).toBe(true);
    expect(getList).toHaveBeenCalledTimes(EXPORT_ROW_LIMIT / EXPORT_PAGE_SIZE);
  });
});

describe(csvOf.name, () => {
  const csv: CsvExport<Row> = {
    fileName: 'rows',
    references: { registrarId: 'staff' },
    columns: [
      { header: 'heading.name', value: (row) => row.name },
      { header: 'heading.registrar', value: (_, { nameOf }) => nameOf('registrarId') },
    ],
  };
  const translate = (key: string) => ({ 'heading.name': 'Name, in full', 'heading.registrar': 'Registrar' })[key] ?? key;

  it("heads each column in words and names the records a row refers to, asking for each name once", async () => {
    const { getMany, dataProvider } = serverHolding(0);

    const text = await csvOf(dataProvider, [...rows(2), { id: 'row-x', name: 'No registrar', registrarId: null }], csv, translate);

    expect(text).toBe('"Name, in full",Registrar\r\nRow 0,Amrit Kaur\r\nRow 1,Amrit Kaur\r\nNo registrar,\r\n');
    expect(getMany).toHaveBeenCalledTimes(1);
    expect(getMany).toHaveBeenCalledWith('staff', { ids: ['staff-amrit'] });
  });

  it('writes text a spreadsheet would run as a formula as plain text', async () => {
    const { dataProvider } = serverHolding(0);

    const text = await csvOf(dataProvider, [{ id: 'row-1', name: '=HYPERLINK("http://evil.example")', registrarId: null }], csv, translate);

    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example"")",`);
  });
});
