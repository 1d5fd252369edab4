import { addDays, CivilDate, isBankHoliday, parseCivilDate } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { DomainError } from './domain.errors';

/** A registrar's weekly session: the rota a diary is opened from. */
export interface SessionTemplate {
  readonly id: string;
  readonly registrarId: string;
  /** null: a telephone session. */
  readonly officeId: string | null;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** `HH:mm`, London wall-clock time. */
  readonly startTime: string;
  readonly endTime: string;
  readonly acceptedTypes: readonly AppointmentTypeCode[];
}

/** A session a template opens on one day, not yet saved to the diary. */
export interface PlannedSession {
  readonly templateId: string;
  readonly registrarId: string;
  readonly officeId: string | null;
  readonly day: CivilDate;
  readonly startTime: string;
  readonly endTime: string;
  readonly acceptedTypes: readonly AppointmentTypeCode[];
}

const DAYS_IN_WEEK = 7;

function templatesByWeekday(templates: readonly SessionTemplate[]): ReadonlyMap<number, readonly SessionTemplate[]> {
  const byWeekday = new Map<number, SessionTemplate[]>();
  for (const template of templates) {
    if (!Number.isInteger(template.weekday) || template.weekday < 1 || template.weekday > DAYS_IN_WEEK) {
      throw new DomainError('invalid-session', `session template ${template.id}: "${template.weekday}" is not a weekday: use 1 (Monday) to 7 (Sunday)`);
    }
    const list = byWeekday.get(template.weekday);
    if (list) list.push(template);
    else byWeekday.set(template.weekday, [template]);
  }
  return byWeekday;
}

/**
 * The sessions the templates open in the `weeks` weeks from `fromDay` (inclusive): one per
 * template on each day of its weekday, in day order then template order, none on an England and
 * Wales bank holiday or a service closure.
 */
export function sessionsFromTemplates(
  templates: readonly SessionTemplate[],
  fromDay: CivilDate,
  weeks: number,
  serviceClosures: readonly CivilDate[],
): PlannedSession[] {
  if (!Number.isInteger(weeks) || weeks < 0) {
    throw new DomainError('invalid-session', `"${weeks}" is not a number of weeks to open sessions for: use a whole number, 0 or more`);
  }
  const byWeekday = templatesByWeekday(templates);
  const closed = new Set(serviceClosures);
  const firstWeekday = parseCivilDate(fromDay).weekday;
  const planned: PlannedSession[] = [];
  for (let offset = 0; offset < weeks * DAYS_IN_WEEK; offset += 1) {
    const onWeekday = byWeekday.get(((firstWeekday - 1 + offset) % DAYS_IN_WEEK) + 1);
    if (!onWeekday) continue;
    const day = addDays(fromDay, offset);
    if (closed.has(day) || isBankHoliday(day)) continue;
    for (const { id, registrarId, officeId, startTime, endTime, acceptedTypes } of onWeekday) {
      planned.push({ templateId: id, registrarId, officeId, day, startTime, endTime, acceptedTypes });
    }
  }
  return planned;
}
