import { IndicatorFigure, IndicatorScore } from '@regflow/contracts';
import { SurveyResult } from './compliance-event';
import { directionOfTravel } from './direction';
import { IndicatorUnit, percentToOneDecimal } from './figures';
import { ComplianceIndicator, IndicatorCode, IndicatorCounts } from './indicators';
import { ReportingPeriod } from './periods';
import { RagThresholds, ragStatus } from './rag';

/** A figure as reported, and an indicator's score: the shapes the API answers with (contracts). */
export type { IndicatorFigure, IndicatorScore };

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
    dateOfDeathMissing: current?.dateOfDeathMissing ?? null,
  };
}
