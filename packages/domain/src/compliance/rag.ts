import { Rag } from '@regflow/contracts';
import { ComplianceError } from './compliance.errors';
import { tenths } from './figures';

export type { Rag };

/** Green at or above `target`; Amber from `amberFrom` up to the target; Red below `amberFrom`. */
export interface RagThresholds {
  readonly target: number;
  readonly amberFrom: number;
}

export function assertRagThresholds(thresholds: RagThresholds): void {
  const { target, amberFrom } = thresholds;
  if (!Number.isFinite(target) || !Number.isFinite(amberFrom) || amberFrom > target) {
    throw new ComplianceError(
      'invalid-thresholds',
      `target ${target} with amber from ${amberFrom} is not a RAG tolerance: give two numbers, amber at or below the target (e.g. target 95, amber from 90)`,
    );
  }
}

/** Compares the value as shown, to one decimal place; `No Status` without a target or without a figure. */
export function ragStatus(value: number | null, thresholds: RagThresholds | null): Rag {
  if (thresholds === null || value === null) return 'No Status';
  assertRagThresholds(thresholds);
  const shown = tenths(value);
  if (shown >= tenths(thresholds.target)) return 'Green';
  return shown >= tenths(thresholds.amberFrom) ? 'Amber' : 'Red';
}
