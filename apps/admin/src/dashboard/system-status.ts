import { HEALTH_COMPONENTS, HealthComponent, HealthResponse } from '@regflow/contracts';

/** What one call to `GET /api/health` gave: its report (200 or 503), or nothing usable. */
export type HealthReading =
  | { readonly reachable: true; readonly report: HealthResponse }
  | { readonly reachable: false };

export type ComponentState = 'up' | 'down' | 'unknown';

export interface ComponentStatus {
  readonly component: HealthComponent;
  readonly state: ComponentState;
}

export type SystemSummary = 'all_up' | 'some_down' | 'unreachable';

export interface SystemStatus {
  readonly summary: SystemSummary;
  readonly components: readonly ComponentStatus[];
}

/** The health endpoint answers 503 with the same report when a component is down. */
export function readHealthResponse(httpStatus: number, body: unknown): HealthReading {
  return (httpStatus === 200 || httpStatus === 503) && isHealthResponse(body)
    ? { reachable: true, report: body }
    : { reachable: false };
}

export function toSystemStatus(reading: HealthReading): SystemStatus {
  const components = HEALTH_COMPONENTS.map((component) => ({
    component,
    state: reading.reachable ? stateOf(reading.report, component) : 'unknown',
  }));
  if (!reading.reachable) return { summary: 'unreachable', components };
  const allUp = reading.report.status === 'ok' && components.every(({ state }) => state === 'up');
  return { summary: allUp ? 'all_up' : 'some_down', components };
}

function stateOf(report: HealthResponse, component: HealthComponent): ComponentState {
  const status = report.details[component]?.status;
  return status === 'up' || status === 'down' ? status : 'unknown';
}

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const { status, details } = body as Record<string, unknown>;
  return (
    (status === 'ok' || status === 'error' || status === 'shutting_down') &&
    typeof details === 'object' &&
    details !== null
  );
}
