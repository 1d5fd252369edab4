import { findOnlineService, OnlineService } from './online-services';

/** The name and id of the "What do you need to register?" radios. */
export const SERVICE_CHOICE_FIELD = 'type';
export const SERVICE_CHOICE_REQUIRED = 'Select what you need to register';

export type ServiceChoice =
  | { readonly service: OnlineService; readonly error?: undefined }
  | { readonly service?: undefined; readonly error: string };

/**
 * Reads the answer from a urlencoded form body, which may be missing or hold repeated fields,
 * against the services open online now.
 */
export function readServiceChoice(body: unknown, services: readonly OnlineService[]): ServiceChoice {
  const value =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)[SERVICE_CHOICE_FIELD]
      : undefined;
  const service = typeof value === 'string' ? findOnlineService(services, value) : undefined;
  return service ? { service } : { error: SERVICE_CHOICE_REQUIRED };
}
