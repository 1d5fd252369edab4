import { DateTime } from 'luxon';
import { DateLocalizer, Formats, luxonLocalizer } from 'react-big-calendar';
import { LONDON_ZONE, plusDays } from '../dates/london';

/**
 * luxon as react-big-calendar's luxon localizer uses it (`fromJSDate`, `local`, `min`, `max`), with
 * every Date read in London's zone: the stock `DateTime` would read them in the browser's zone, so
 * a registrar's laptop set to another zone would see the day's columns and times shifted.
 */
const londonDateTime = {
  fromJSDate: (date: Date) => DateTime.fromJSDate(date, { zone: LONDON_ZONE }),
  local: () => DateTime.local({ zone: LONDON_ZONE }),
  min: (a: DateTime, b: DateTime) => DateTime.min(a, b),
  max: (a: DateTime, b: DateTime) => DateTime.max(a, b),
};

/** The diary's calendar arithmetic: London days and wall clocks, weeks from Monday. */
export const londonLocalizer: DateLocalizer = luxonLocalizer(londonDateTime, { firstDayOfWeek: 1 });

/** The culture the formats below are read in. */
export const DIARY_CULTURE = 'en-GB';

const hoursRange = ({ start, end }: { start: Date; end: Date }, culture?: string, localizer?: DateLocalizer) =>
  `${localizer!.format(start, 'HH:mm', culture)} – ${localizer!.format(end, 'HH:mm', culture)}`;

/** 24-hour times and British day names everywhere on the calendar. */
export const DIARY_FORMATS: Formats = {
  timeGutterFormat: 'HH:mm',
  dayFormat: 'ccc d MMM',
  dayHeaderFormat: 'cccc d MMMM yyyy',
  dayRangeHeaderFormat: ({ start, end }, culture, localizer) =>
    `${localizer!.format(start, 'd MMMM', culture)} – ${localizer!.format(end, 'd MMMM yyyy', culture)}`,
  eventTimeRangeFormat: hoursRange,
  selectRangeFormat: hoursRange,
};

export type DiaryView = 'day' | 'week';

export interface DiaryRange {
  /** First London day shown, `yyyy-mm-dd`. */
  readonly from: string;
  /** Last London day shown. */
  readonly to: string;
}

/** The days a view of `day` shows: the day itself, or its week from Monday to Sunday. */
export function diaryRange(day: string, view: DiaryView): DiaryRange {
  if (view === 'day') return { from: day, to: day };
  const monday = DateTime.fromISO(day, { zone: LONDON_ZONE }).startOf('week').toISODate()!;
  return { from: monday, to: plusDays(monday, 6) };
}

/** The day a step back or forward lands on: a day in the day view, a week in the week view. */
export function stepDay(day: string, view: DiaryView, direction: -1 | 1): string {
  return plusDays(day, direction * (view === 'day' ? 1 : 7));
}

const WORKING_HOURS = { from: '08:00', to: '18:00' } as const;

/**
 * The hours the grid shows: working hours, stretched to the earliest start and latest end among
 * `times` (`HH:mm`) so an evening ceremony or an early session is never cut off.
 */
export function visibleHours(times: readonly string[]): { readonly from: string; readonly to: string } {
  const sorted = [...times].sort();
  const earliest = sorted[0];
  const latest = sorted[sorted.length - 1];
  return {
    from: earliest && earliest < WORKING_HOURS.from ? `${earliest.slice(0, 2)}:00` : WORKING_HOURS.from,
    to: latest && latest > WORKING_HOURS.to ? latestHour(latest) : WORKING_HOURS.to,
  };
}

/** The hour at or after `time`, no later than 23:59 (the grid ends within its day). */
function latestHour(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const next = minutes === 0 ? hours : hours + 1;
  return next >= 24 ? '23:59' : `${String(next).padStart(2, '0')}:00`;
}
