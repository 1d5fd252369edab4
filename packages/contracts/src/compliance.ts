export const INDICATOR_CODES = [
  'birth-appointments-5wd',
  'still-birth-appointments-2wd',
  'death-appointments-2wd',
  'notice-appointments-10wd',
  'deaths-registered-5d',
  'ceremonies',
  'customer-satisfaction',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export type IndicatorUnit = 'percent' | 'count';
export type Rag = 'Green' | 'Amber' | 'Red' | 'No Status';
export type Direction = 'Improving' | 'Deteriorating' | 'No Noticeable Change' | 'No Previous Figure' | 'No Current Figure' | 'N/A';
export type PeriodKind = 'month' | 'quarter' | 'financial-year' | 'range';

/** A month `2021-12`, a financial-year quarter `2021-Q3`, a financial year `2021/22`, or a range of days. */
export interface ReportingPeriod {
  readonly kind: PeriodKind;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export interface IndicatorFigure {
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
}

export interface IndicatorScore extends IndicatorFigure {
  readonly code: IndicatorCode;
  readonly title: string;
  readonly unit: IndicatorUnit;
  readonly target: number | null;
  readonly amberFrom: number | null;
  readonly rag: Rag;
  readonly direction: Direction;
  readonly previous: IndicatorFigure;
  /**
   * `deaths-registered-5d`: deaths registered in the period whose date of death is not known. They
   * cannot be placed against the 5 days, so they are in neither the numerator nor the denominator,
   * and are counted here instead. Null for the other indicators, and when there is no data.
   */
  readonly dateOfDeathMissing: number | null;
}

export interface ScorecardRow extends IndicatorScore {
  /** What the manager wrote, or else the generated draft. */
  readonly performanceDetails: string | null;
  readonly performanceDetailsDraft: string | null;
  readonly currentActivity: string | null;
  readonly futureActivity: string | null;
  /** The region's and England's figures for the period, as managers entered them. */
  readonly benchmarks: { readonly region: number | null; readonly england: number | null };
}

/** `GET /api/compliance/scorecard?period=…`. */
export interface ScorecardReport {
  readonly period: ReportingPeriod;
  readonly previousPeriod: ReportingPeriod;
  readonly indicators: readonly ScorecardRow[];
}

/** `GET /api/compliance/misses`: a request of the period that missed its indicator. */
export interface MissedRequest {
  readonly requestId: string;
  readonly reference: string | null;
  readonly typeCode: string;
  readonly serviceDay: string;
  /** The last day within target; null for deaths registered (a calendar-day limit from the death). */
  readonly deadline: string | null;
  readonly firstOfferAt: string | null;
  readonly appointmentAt: string | null;
  readonly eventDate: string | null;
  readonly registeredAt: string | null;
}

/** `GET /api/compliance/series`: one month of an indicator. */
export interface MonthlyPoint {
  readonly month: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly target: number | null;
}

export const BREAKDOWNS = ['office', 'registrar', 'channel'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** `GET /api/compliance/breakdown`: the period's figures for one office, registrar or channel. */
export interface BreakdownGroup {
  /** An office or staff id, `telephone`, a channel, or null for events that do not say (imported history). */
  readonly key: string | null;
  readonly label: string;
  readonly indicators: readonly Pick<IndicatorScore, 'code' | 'title' | 'unit' | 'numerator' | 'denominator' | 'value' | 'rag'>[];
}

/** The counts the report sets against earlier years. */
export type ComparableIndicator = 'ceremonies' | 'deaths-registered-5d';

export interface YearOfComparison {
  readonly year: number;
  readonly month: number | null;
  /** April to the month, in that financial year. */
  readonly yearToDate: number | null;
  readonly financialYear: string;
  readonly financialYearTotal: number | null;
}

/** `GET /api/compliance/comparison`. */
export interface CountComparison {
  readonly indicator: ComparableIndicator;
  readonly month: string;
  readonly value: number;
  /** The mean of the earlier years' figures for the same month, rounded as the report prints it. */
  readonly average: number | null;
  readonly percentChange: number | null;
  /** e.g. `39.7% above the 2017–2019 December average of 306`. */
  readonly sentence: string | null;
  readonly years: readonly YearOfComparison[];
}
