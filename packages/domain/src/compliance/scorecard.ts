import { SurveyResult } from './compliance-event';
import { Direction, directionOfTravel } from './direction';
import { IndicatorUnit, percentToOneDecimal } from './figures';
import { ComplianceIndicator, IndicatorCode, IndicatorCounts } from './indicators';
import { ReportingPeriod } from './periods';
import { Rag, RagThresholds, ragStatus } from './rag';

/** A figure as reported: counts and the value (a percentage to one decimal place, or the count); all null without data. */
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
}

export interface Scorecard {
  readonly period: ReportingPeriod;
  readonly previousPeriod: ReportingPeriod;
  readonly indicators: readonly IndicatorScore[];
}

/** A survey indicator's results for the period and for the previous one, as managers entered them. */
export interface SurveyResults {
  readonly current?: SurveyResult | null;
  readonly previous?: SurveyResult | null;
}

export interface ScoringRules {
  /** A manager's targets, by indicator; null removes the target (`No Status`). */
  readonly thresholds?: Partial<Record<IndicatorCode, RagThresholds | null>>;
  /** Percentage points within which the direction is `No Noticeable Change`; 1 when absent. */
  readonly noticeableChange?: number;
}

function indicatorFigure(counts: IndicatorCounts | null, unit: IndicatorUnit): IndicatorFigure {
  if (counts === null) return { numerator: null, denominator: null, value: null };
  if (unit === 'count') return { numerator: counts.numerator, denominator: null, value: counts.numerator };
  return { ...counts, value: percentToOneDecimal(counts.numerator, counts.denominator ?? 0) };
}

function indicatorThresholds(indicator: ComplianceIndicator, rules: ScoringRules = {}): RagThresholds | null {
  const chosen = rules.thresholds?.[indicator.code];
  return chosen === undefined ? indicator.thresholds : chosen;
}

/** Target, RAG and direction of travel of an indicator from its counts for a period and the previous one (null: no data). */
export function scoreIndicator(
  indicator: ComplianceIndicator,
  current: IndicatorCounts | null,
  previous: IndicatorCounts | null,
  rules: ScoringRules = {},
): IndicatorScore {
  const figure = indicatorFigure(current, indicator.unit);
  const previousFigure = indicatorFigure(previous, indicator.unit);
  const thresholds = indicatorThresholds(indicator, rules);
  return {
    code: indicator.code,
    title: indicator.title,
    unit: indicator.unit,
    ...figure,
    target: thresholds?.target ?? null,
    amberFrom: thresholds?.amberFrom ?? null,
    rag: ragStatus(figure.value, thresholds),
    direction: directionOfTravel({
      current: figure.value,
      previous: previousFigure.value,
      sense: indicator.sense,
      noticeableChange: rules.noticeableChange,
    }),
    previous: previousFigure,
  };
}
