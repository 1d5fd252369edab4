/** One dependency as `GET /api/health` reports it (the @nestjs/terminus shape). */
export interface HealthIndicatorStatus {
  readonly status: 'up' | 'down';
  readonly [detail: string]: unknown;
}

export const HEALTH_COMPONENTS = ['database', 'redis'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

/** `GET /api/health`: 200 with status `ok` when every component is up, 503 with `error` otherwise. */
export interface HealthResponse {
  readonly status: 'ok' | 'error' | 'shutting_down';
  readonly info?: Partial<Record<HealthComponent, HealthIndicatorStatus>>;
  readonly error?: Partial<Record<HealthComponent, HealthIndicatorStatus>>;
  readonly details: Partial<Record<HealthComponent, HealthIndicatorStatus>>;
}
