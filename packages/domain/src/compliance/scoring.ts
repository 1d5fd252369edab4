import { CivilDate, Closures } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { ComplianceEvent } from './compliance-event';
import { COMPLIANCE_INDICATORS, ComplianceIndicator, EventIndicator, IndicatorCode, IndicatorCounts, isScored } from './indicators';
import { DateRange, isDayInPeriod, previousPeriod, ReportingPeriod } from './periods';
import { Scorecard, scoreIndicator, ScoringRules, SurveyResults } from './scorecard';
import { ScoringCalendar } from './scoring-calendar';

export interface TallyOptions {
  /** Service-wide closure days: not working days. */
  readonly closures?: Closures;
  /** The indicators to tally; all of them when absent. */
  readonly indicators?: readonly ComplianceIndicator[];
}

export interface ScorecardOptions extends ScoringRules {
  /** The period to compare with; the one of the same length just before when absent. */
  readonly previousPeriod?: ReportingPeriod;
  readonly surveys?: Partial<Record<IndicatorCode, SurveyResults>>;
}

interface DayCounts {
  meetingTarget: number;
  placed: number;
  dateOfDeathMissing: number;
}

interface IndicatorTally {
  readonly indicator: EventIndicator<IndicatorCode>;
  readonly countsByDay: Map<CivilDate, DayCounts>;
}

const NO_TALLIES: readonly IndicatorTally[] = [];

/**
 * Scores events one at a time, keeping only counts per indicator and service day, so memory grows
 * with the number of days, not of events. Any period can then be scored from the same tally.
 */
export class ComplianceTally {
  private readonly calendar: ScoringCalendar;
  private readonly indicators: readonly ComplianceIndicator[];
  private readonly talliesByCode = new Map<IndicatorCode, IndicatorTally>();
  private readonly talliesByEventType = new Map<AppointmentTypeCode, IndicatorTally[]>();
  private added = 0;
  private notCounted = 0;

  constructor(options: TallyOptions = {}) {
    this.calendar = new ScoringCalendar(options.closures);
    this.indicators = options.indicators ?? COMPLIANCE_INDICATORS;
    for (const indicator of this.indicators) {
      if (indicator.source !== 'events') continue;
      const tally = { indicator, countsByDay: new Map<CivilDate, DayCounts>() };
      this.talliesByCode.set(indicator.code, tally);
      for (const type of indicator.eventTypes) this.talliesByEventType.set(type, [...(this.talliesByEventType.get(type) ?? []), tally]);
    }
  }

  /** Events added so far. */
  get eventsAdded(): number {
    return this.added;
  }

  /** Events no indicator counted: no request, registration or ceremony time, not yet registered, or referred to the coroner (a death registered without its date is counted, as date of death missing). */
  get eventsNotCounted(): number {
    return this.notCounted;
  }

  /** `weight`: how many identical events this one stands for (events grouped by day in SQL). */
  add(event: ComplianceEvent, weight = 1): void {
    this.added += weight;
    let counted = false;
    for (const { indicator, countsByDay } of this.talliesByEventType.get(event.type) ?? NO_TALLIES) {
      const placement = indicator.place(event, this.calendar);
      if (placement === null) continue;
      counted = true;
      let day = countsByDay.get(placement.day);
      if (day === undefined) {
        day = { meetingTarget: 0, placed: 0, dateOfDeathMissing: 0 };
        countsByDay.set(placement.day, day);
      }
      if (isScored(placement)) {
        day.placed += weight;
        if (placement.meetsTarget) day.meetingTarget += weight;
      } else {
        day.dateOfDeathMissing += weight;
      }
    }
    if (!counted) this.notCounted += weight;
  }

  /** The counts of an event indicator over a range of service days; null for an indicator this tally does not score from events. */
  counts(code: IndicatorCode, range: DateRange): IndicatorCounts | null {
    const tally = this.talliesByCode.get(code);
    if (tally === undefined) return null;
    let meetingTarget = 0;
    let placed = 0;
    let dateOfDeathMissing = 0;
    for (const [day, counts] of tally.countsByDay) {
      if (!isDayInPeriod(day, range)) continue;
      meetingTarget += counts.meetingTarget;
      placed += counts.placed;
      dateOfDeathMissing += counts.dateOfDeathMissing;
    }
    return tally.indicator.measuredFromDateOfDeath ? { numerator: meetingTarget, denominator: placed, dateOfDeathMissing } : { numerator: meetingTarget, denominator: placed };
  }

  /** Every indicator for `period` against the previous period; survey indicators from `options.surveys`. */
  result(period: ReportingPeriod, options: ScorecardOptions = {}): Scorecard {
    const previous = options.previousPeriod ?? previousPeriod(period);
    const indicators = this.indicators.map((indicator) => {
      if (indicator.source === 'survey') {
        const surveys = options.surveys?.[indicator.code];
        return scoreIndicator(
          indicator,
          surveys?.current ? indicator.count(surveys.current) : null,
          surveys?.previous ? indicator.count(surveys.previous) : null,
          options,
        );
      }
      return scoreIndicator(indicator, this.counts(indicator.code, period), this.counts(indicator.code, previous), options);
    });
    return { period, previousPeriod: previous, indicators };
  }
}
