import { createContext } from 'react';
import { HealthReading, readHealthResponse } from './system-status';

/** Reads the server's health; never rejects (a failure is an unreachable reading). */
export type HealthLoader = () => Promise<HealthReading>;

const HEALTH_URL = '/api/health';
const TIMEOUT_MS = 10_000;

export function createHealthLoader(fetchFn: typeof fetch): HealthLoader {
  return async () => {
    try {
      const response = await fetchFn(HEALTH_URL, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return readHealthResponse(response.status, await response.json());
    } catch {
      return { reachable: false };
    }
  };
}

export const defaultHealthLoader = createHealthLoader((input, init) => fetch(input, init));

export const HealthLoaderContext = createContext<HealthLoader>(defaultHealthLoader);
