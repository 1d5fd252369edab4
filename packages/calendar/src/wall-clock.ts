/** A London wall-clock time written `HH:mm`, 00:00 to 23:59. */
export const WALL_CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isWallClock(value: unknown): value is string {
  return typeof value === 'string' && WALL_CLOCK_PATTERN.test(value);
}

/** `[start, end]` as `HH:mm`, starting before it ends (same-day times compare as text). */
export function isTimeRange(value: unknown): value is readonly [string, string] {
  return Array.isArray(value) && value.length === 2 && isWallClock(value[0]) && isWallClock(value[1]) && value[0] < value[1];
}
