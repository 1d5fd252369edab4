import { addDays, CivilDate, isCalendarDay, londonInstant, parseCivilDate } from '@regflow/calendar';
import { And, Between, EntityManager, EntityTarget, FindOperator, FindOptionsOrder, FindOptionsWhere, In, LessThan, LessThanOrEqual, MoreThanOrEqual, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error';
import { isUniquenessClash } from '../errors/constraint-violation';
import { ListQuery } from '../pagination/list-query';
import { listQueryErrors } from '../pagination/list-query.errors';

/** One page of rows in the list query's order, then by `tieBreaker` so pages never overlap. `where` as a list: rows matching any. */
export function findPage<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T> | FindOptionsWhere<T>[],
  query: ListQuery<string>,
  tieBreaker = 'id',
): Promise<[T[], number]> {
  const { field, order: direction } = query.sort;
  const order = (field === tieBreaker ? { [field]: direction } : { [field]: direction, [tieBreaker]: 'ASC' }) as FindOptionsOrder<T>;
  return manager.findAndCount(entity, { where, order, skip: query.skip, take: query.take });
}

/** The row `where` names, or `notFound()` thrown. */
export async function findExisting<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  notFound: () => AppError,
): Promise<T> {
  const row = await manager.findOneBy(entity, where);
  if (!row) throw notFound();
  return row;
}

/**
 * Saves a row checked unique beforehand. On PostgreSQL two writers can pass that check at once: the
 * loser's unique violation becomes `clash()`, not a 500. (SQLite units of work run one at a time.)
 */
export async function saveUnique<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: T, clash: () => AppError): Promise<T> {
  try {
    return await manager.save(entity, row);
  } catch (error) {
    if (isUniquenessClash(error)) throw clash();
    throw error;
  }
}

/** react-admin's `filter={"id":…}`: one id, or several for getMany. */
export function idsFilter(value: unknown): string | FindOperator<string> | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return In(value);
  return undefined;
}

/** `day_gte` / `day_lte` as a condition on a civil-date column. */
export function dayRange(from: unknown, to: unknown): FindOperator<string> | undefined {
  if (typeof from === 'string' && typeof to === 'string') return Between(from, to);
  if (typeof from === 'string') return MoreThanOrEqual(from);
  if (typeof to === 'string') return LessThanOrEqual(to);
  return undefined;
}

/** The instants of one London day, `[its midnight, the next midnight)`, as a condition on an instant column. */
export function londonDayRange(day: CivilDate): FindOperator<Date> {
  return londonDaysRange({ from: day, to: day })!;
}

/** The most days a list's `day_gte`..`day_lte` may cover. */
export const MAX_LISTED_DAYS = 366;

/** The London days a list asks for, `from`..`to` inclusive; either end may be open. */
export interface ListedDays {
  readonly from?: CivilDate;
  readonly to?: CivilDate;
}

/** A list filter's `day_gte` / `day_lte`, refused unless each is a date, the last not before the first, and together at most MAX_LISTED_DAYS days. */
export function listedDays(filter: Readonly<Record<string, unknown>>): ListedDays {
  const day = (field: 'day_gte' | 'day_lte'): CivilDate | undefined => {
    const value = filter[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !isCalendarDay(value)) throw listQueryErrors.notADay(field);
    return value;
  };
  const from = day('day_gte');
  const to = day('day_lte');
  if (from && to) {
    const days = parseCivilDate(to).diff(parseCivilDate(from), 'days').days + 1;
    if (days < 1) throw listQueryErrors.daysReversed(from, to);
    if (days > MAX_LISTED_DAYS) throw listQueryErrors.tooManyDays(days, MAX_LISTED_DAYS);
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The instants of the London days `from`..`to`, `[from's midnight, the midnight after to)`, as a condition on an instant column. */
export function londonDaysRange({ from, to }: ListedDays): FindOperator<Date> | undefined {
  const start = from === undefined ? undefined : MoreThanOrEqual(londonInstant(from, '00:00'));
  const end = to === undefined ? undefined : LessThan(londonInstant(addDays(to, 1), '00:00'));
  return start && end ? And(start, end) : (start ?? end);
}

/** Leaves out the conditions a list query did not set, rather than relying on TypeORM skipping `undefined`. */
export function presentConditions<T>(where: { [K in keyof T]?: T[K] | FindOperator<T[K]> | undefined }): FindOptionsWhere<T> {
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)) as FindOptionsWhere<T>;
}

/** A row filed under a London service day, with an id to order it within the day. */
export interface ServiceDayOrdered extends ObjectLiteral {
  readonly id: string;
  readonly serviceDay: CivilDate;
}

/** Small enough that hydrating one batch holds the event loop for a few milliseconds. */
const SERVICE_DAY_BATCH = 1000;

/**
 * The rows of `entity` filed on the service days `from`..`to`, a batch at a time in (service day,
 * id) order (keyset pagination), so memory stays bounded however many there are. Returns how many.
 */
export async function inServiceDayOrder<T extends ServiceDayOrdered>(
  manager: EntityManager,
  entity: new () => T,
  from: CivilDate,
  to: CivilDate,
  handle: (batch: T[]) => Promise<void>,
): Promise<number> {
  let after: { day: CivilDate; id: string } | null = null;
  let seen = 0;
  for (;;) {
    const query = manager
      .createQueryBuilder(entity, 'row')
      .where('row.service_day BETWEEN :from AND :to', { from, to })
      .orderBy('row.service_day', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .take(SERVICE_DAY_BATCH);
    if (after) query.andWhere('(row.service_day > :day OR (row.service_day = :day AND row.id > :id))', after);
    const batch = await query.getMany();
    if (batch.length === 0) return seen;
    await handle(batch);
    seen += batch.length;
    const last = batch[batch.length - 1];
    after = { day: last.serviceDay, id: last.id };
  }
}
