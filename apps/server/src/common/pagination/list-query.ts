import { Response } from 'express';
import { listQueryErrors } from './list-query.errors';

/** A list request in react-admin's simple-rest convention: `?sort=["day","ASC"]&range=[0,24]&filter={"registrarId":"…"}`. */
export interface ListQuery<Field extends string> {
  readonly sort: { readonly field: Field; readonly order: 'ASC' | 'DESC' };
  readonly skip: number;
  readonly take: number;
  readonly filter: Readonly<Record<string, unknown>>;
}

export interface RawListQuery {
  readonly sort?: string;
  readonly range?: string;
  readonly filter?: string;
}

export const MAX_PAGE = 500;

type Scalar = string | number | boolean | null;

/** A filter value is a value or a list of values: an object would be an operator, which the lists do not take. */
function isFilterValue(value: unknown): boolean {
  const scalar = (item: unknown): item is Scalar => item === null || ['string', 'number', 'boolean'].includes(typeof item);
  return scalar(value) || (Array.isArray(value) && value.every(scalar));
}

function parseJson(name: 'sort' | 'range' | 'filter', text: string | undefined, example: string): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw listQueryErrors.notJson(name, example);
  }
}

export function parseListQuery<Field extends string>(
  raw: RawListQuery,
  sortable: readonly Field[],
  filterable: readonly string[],
  defaultSort: Field,
): ListQuery<Field> {
  const sort = parseJson('sort', raw.sort, `["${defaultSort}","ASC"]`) ?? [defaultSort, 'ASC'];
  if (!Array.isArray(sort) || !sortable.includes(sort[0]) || !['ASC', 'DESC'].includes(sort[1])) {
    throw listQueryErrors.badSort(sortable);
  }
  const range = parseJson('range', raw.range, '[0,24]') ?? [0, 24];
  if (!Array.isArray(range) || !range.every(Number.isInteger) || range[0] < 0 || range[1] < range[0] || range[1] - range[0] >= MAX_PAGE) {
    throw listQueryErrors.badRange(MAX_PAGE);
  }
  const filter = parseJson('filter', raw.filter, '{}') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw listQueryErrors.filterNotObject();
  const unknown = Object.keys(filter).filter((key) => !filterable.includes(key));
  if (unknown.length > 0) throw listQueryErrors.unknownFilter(unknown, filterable);
  const operator = Object.entries(filter).find(([, value]) => !isFilterValue(value));
  if (operator) throw listQueryErrors.filterValue(operator[0]);
  return { sort: { field: sort[0] as Field, order: sort[1] }, skip: range[0], take: range[1] - range[0] + 1, filter: filter as Record<string, unknown> };
}

/** `Content-Range: <resource> <first>-<last>/<total>`, which react-admin reads for paging. */
export function setContentRange(response: Response, resource: string, skip: number, count: number, total: number): void {
  const last = count === 0 ? skip : skip + count - 1;
  response.setHeader('Content-Range', `${resource} ${skip}-${last}/${total}`);
  response.setHeader('Access-Control-Expose-Headers', 'Content-Range');
}

export interface ListSpec<Field extends string> {
  /** The resource's name in the API path and in Content-Range. */
  readonly resource: string;
  readonly sortable: readonly Field[];
  readonly filterable: readonly string[];
  readonly defaultSort: Field;
}

/** Answers a simple-rest list request: reads its query, fetches one page, sets Content-Range, maps each row to its response. */
export async function answerList<Field extends string, Row, Answer>(
  raw: RawListQuery,
  response: Response,
  spec: ListSpec<Field>,
  fetchPage: (query: ListQuery<Field>) => Promise<[Row[], number]>,
  toAnswer: (row: Row) => Answer,
): Promise<Answer[]> {
  const query = parseListQuery(raw, spec.sortable, spec.filterable, spec.defaultSort);
  const [rows, total] = await fetchPage(query);
  setContentRange(response, spec.resource, query.skip, rows.length, total);
  return rows.map(toAnswer);
}
