import { CalendarError, CivilDate, Closures, Instant, serviceDay } from '@regflow/calendar';
import { formatUtcInstant } from '../instants';
import { TargetDeadlineInput, targetDeadline } from '../targets';
import { civilDayNumber, parseZonedInstant } from './civil-time';

const HOUR_MS = 3_600_000;

function epochMillis(instant: Instant): number {
  const millis =
    typeof instant === 'string' ? parseZonedInstant(instant) : instant instanceof Date ? instant.getTime() : instant.toMillis();
  if (millis === null || !Number.isFinite(millis)) {
    throw new CalendarError('invalid-instant', `"${String(instant)}" is not an instant: write ISO 8601 with Z or an offset, e.g. 2022-06-30T23:30:00Z`);
  }
  return millis;
}

/**
 * The calendar rules scoring needs, remembered so that a million events cost a few thousand
 * luxon calls: `serviceDay`, `targetDeadline` and calendar-day differences, with the same answers
 * as the uncached functions.
 */
export class ScoringCalendar {
  private readonly serviceDaysByUtcHour = new Map<number, CivilDate>();
  private readonly deadlinesByClock = new Map<string, CivilDate>();
  private readonly dayNumbers = new Map<CivilDate, number>();

  constructor(private readonly closures?: Closures) {}

  /** Europe/London changes its offset only on the hour, by whole hours, so a UTC hour lies within one London day. */
  serviceDay(instant: Instant): CivilDate {
    const utcHour = Math.floor(epochMillis(instant) / HOUR_MS);
    let day = this.serviceDaysByUtcHour.get(utcHour);
    if (day === undefined) {
      day = serviceDay(formatUtcInstant(utcHour * HOUR_MS));
      this.serviceDaysByUtcHour.set(utcHour, day);
    }
    return day;
  }

  /** `targetDeadline` depends on the instants only through their service days, which make the key. */
  targetDeadline(clock: Omit<TargetDeadlineInput, 'closures'>): CivilDate {
    const paperworkDay = clock.paperworkReadyAt ? this.serviceDay(clock.paperworkReadyAt) : '';
    const key = `${clock.typeCode} ${clock.targetWorkingDays} ${this.serviceDay(clock.requestedAt)} ${paperworkDay}`;
    let deadline = this.deadlinesByClock.get(key);
    if (deadline === undefined) {
      deadline = targetDeadline({ ...clock, closures: this.closures });
      this.deadlinesByClock.set(key, deadline);
    }
    return deadline;
  }

  /** Calendar days from `from` to `to`: no allowance for weekends, bank holidays or closures. */
  calendarDaysBetween(from: CivilDate, to: CivilDate): number {
    return this.dayNumber(to) - this.dayNumber(from);
  }

  private dayNumber(day: CivilDate): number {
    const known = this.dayNumbers.get(day);
    if (known !== undefined) return known;
    const number = civilDayNumber(day);
    if (number === null) throw new CalendarError('invalid-date', `"${day}" is not a calendar date: write it as yyyy-mm-dd, e.g. 2022-06-03`);
    this.dayNumbers.set(day, number);
    return number;
  }
}
