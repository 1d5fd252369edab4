import { addDays, CivilDate, londonInstant } from '@regflow/calendar';
import { And, Between, EntityManager, EntityTarget, FindOperator, FindOptionsOrder, FindOptionsWhere, In, LessThan, LessThanOrEqual, MoreThanOrEqual, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error';
import { isUniquenessClash } from '../errors/constraint-violation';
import { ListQuery } from '../pagination/list-query';
import { AuditEvent } from '../../modules/audit/audit.service';
import { StaffPrincipal } from '../../modules/auth/staff-principal';

/** One page of rows in the list query's order, then by `tieBreaker` so pages never overlap. */
export function findPage<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
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
  return And(MoreThanOrEqual(londonInstant(day, '00:00')), LessThan(londonInstant(addDays(day, 1), '00:00')));
}

/** Leaves out the conditions a list query did not set, rather than relying on TypeORM skipping `undefined`. */
export function presentConditions<T>(where: { [K in keyof T]?: T[K] | FindOperator<T[K]> | undefined }): FindOptionsWhere<T> {
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)) as FindOptionsWhere<T>;
}

/** The audit entry for a change a member of staff made in the settings. */
export function staffChange(actor: StaffPrincipal, entity: string, entityId: string, action: 'created' | 'updated' | 'deleted', changes: Record<string, unknown>, at: Date): AuditEvent {
  return { actorKind: 'staff', actorId: actor.id, entity, entityId, action, changes, at };
}
