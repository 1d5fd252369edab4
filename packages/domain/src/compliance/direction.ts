import { Direction } from '@regflow/contracts';
import { ComplianceError } from './compliance.errors';
import { tenths } from './figures';

/** The report's words for the direction of travel: shared with the front ends through contracts. */
export type { Direction };

/**
 * `better-when-higher`: every percentage indicator. `not-applicable`: a count such as ceremonies,
 * where more or fewer is demand, not performance; the report prints `N/A`.
 */
export type TravelSense = 'better-when-higher' | 'not-applicable';

/** Percentage points within which a change is `No Noticeable Change`. */
export const DEFAULT_NOTICEABLE_CHANGE = 1;

export interface DirectionInput {
  readonly current: number | null;
  readonly previous: number | null;
  readonly sense: TravelSense;
  readonly noticeableChange?: number;
}

/** Compares the figures as shown, to one decimal place: a change of exactly the threshold is not noticeable. */
export function directionOfTravel({ current, previous, sense, noticeableChange = DEFAULT_NOTICEABLE_CHANGE }: DirectionInput): Direction {
  if (!Number.isFinite(noticeableChange) || noticeableChange < 0) {
    throw new ComplianceError('invalid-thresholds', `${noticeableChange} is not a noticeable change: give percentage points, 0 or more (e.g. 1)`);
  }
  if (sense === 'not-applicable') return 'N/A';
  if (current === null) return 'No Current Figure';
  if (previous === null) return 'No Previous Figure';
  const change = tenths(current) - tenths(previous);
  if (Math.abs(change) <= tenths(noticeableChange)) return 'No Noticeable Change';
  return change > 0 ? 'Improving' : 'Deteriorating';
}
