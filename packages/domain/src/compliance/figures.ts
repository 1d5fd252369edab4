import { IndicatorUnit } from '@regflow/contracts';

export type { IndicatorUnit };

/** A figure as the report shows it: in tenths, so that comparisons agree with what is printed. */
export function tenths(value: number): number {
  return Math.round(value * 10);
}

/** `numerator / denominator` as a percentage to one decimal place; null when there is nothing to divide. */
export function percentToOneDecimal(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

function withThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `80.1%` for a percentage (always one decimal place), `1,952` for a count. */
export function formatFigure(value: number, unit: IndicatorUnit): string {
  if (unit === 'count') return withThousands(String(Math.round(value)));
  const [whole, decimal] = (tenths(value) / 10).toFixed(1).split('.');
  return `${withThousands(whole)}.${decimal}%`;
}
