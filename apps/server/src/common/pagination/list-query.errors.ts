import { ListQueryErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../errors/app-error';

const error = appErrorFor<ListQueryErrorCode>();

export const listQueryErrors = {
  notJson: (name: 'sort' | 'range' | 'filter', example: string) =>
    error(name === 'sort' ? 'invalid-sort' : name === 'range' ? 'invalid-range' : 'invalid-filter', `${name} must be JSON, e.g. ${name}=${example}`),
  badSort: (sortable: readonly string[]) => error('invalid-sort', `sort must be ["<field>","ASC"|"DESC"] with a field among ${sortable.join(', ')}`),
  badRange: (maxRows: number) => error('invalid-range', `range must be [first,last] whole numbers, first ≤ last, at most ${maxRows} rows`),
  filterNotObject: () => error('invalid-filter', 'filter must be a JSON object, e.g. filter={"day":"2022-07-04"}'),
  filterValue: (field: string) =>
    error('invalid-filter', `filter.${field} must be a value or a list of values, e.g. {"${field}":"…"}: operators such as {"$ne":…} are not supported`),
  unknownFilter: (unknown: readonly string[], filterable: readonly string[]) =>
    error('invalid-filter', `filter cannot use ${unknown.join(', ')}: filterable fields are ${filterable.join(', ')}`),
  notADay: (field: string) => error('invalid-filter', `filter.${field} must be a date written yyyy-mm-dd, e.g. {"${field}":"2026-12-07"}`),
  daysReversed: (from: string, to: string) => error('invalid-filter', `filter.day_lte (${to}) is before filter.day_gte (${from}): give the earlier day as day_gte`),
  tooManyDays: (days: number, maxDays: number) =>
    error('invalid-filter', `filter.day_gte to day_lte covers ${days} days: list at most ${maxDays} days at a time`),
  tooLong: (field: string, maxLength: number) => error('invalid-filter', `filter.${field} must be ${maxLength} characters or fewer`),
  notOneOf: (field: string, allowed: readonly string[]) => error('invalid-filter', `filter.${field} must be one of ${allowed.join(', ')}`),
};
