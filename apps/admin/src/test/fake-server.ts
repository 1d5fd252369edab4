import type { DataProvider, GetListParams, GetManyParams, RaRecord } from 'react-admin';
import { Mock, vi } from 'vitest';

/** A resource's records, or how to answer for them (a promise that never settles: loading; one that rejects: a refusal). */
type ListAnswer = readonly RaRecord[] | ((params: Partial<GetListParams>) => Promise<readonly RaRecord[]>);

/**
 * The server's lists as the data provider answers them, each resource from `lists` (any other
 * resource is empty). The spies keep what was asked.
 */
export function listsServer(lists: Readonly<Record<string, ListAnswer>>) {
  const recordsOf = async (resource: string, params: Partial<GetListParams> = {}): Promise<RaRecord[]> => {
    const answer = lists[resource] ?? [];
    return [...(typeof answer === 'function' ? await answer(params) : answer)];
  };
  const getList = async (resource: string, params: GetListParams) => {
    const data = await recordsOf(resource, params);
    return { data, total: data.length };
  };
  const getMany = async (resource: string, { ids }: GetManyParams) => ({ data: (await recordsOf(resource)).filter((record) => ids.includes(record.id)) });
  // The data provider's methods are generic in the record type; these answer plain records.
  return {
    getList: vi.fn(getList) as Mock<typeof getList> & DataProvider['getList'],
    getMany: vi.fn(getMany) as Mock<typeof getMany> & DataProvider['getMany'],
  };
}

/** A data provider's `getOne` answering `record`. */
export function answeringOne(record: RaRecord): DataProvider['getOne'] {
  return (async () => ({ data: record })) as DataProvider['getOne'];
}

/** A test's `update` or `create`: react-admin types them generic over the record, a test answers with its own. */
export function writeMethod(answer: (resource: string, params: { readonly data?: unknown }) => Promise<{ readonly data: object }>) {
  return answer as DataProvider['update'] & DataProvider['create'];
}
