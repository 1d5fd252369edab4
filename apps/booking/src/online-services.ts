import type { AppointmentMode } from '@regflow/contracts';
import type { OnlineAppointmentType } from './booking-port';
import { fallbackCopy, SERVICE_COPY, ServiceCopy } from './content/service-copy';

/** A service as the pages show it: the booking service's facts with the pages' own wording. */
export interface OnlineService extends ServiceCopy {
  readonly code: OnlineAppointmentType['code'];
  readonly targetWorkingDays: number;
  readonly documentsToBring: readonly string[];
  readonly modes: readonly AppointmentMode[];
  readonly suspendedMessage: string | null;
}

const COPY_ORDER = Object.keys(SERVICE_COPY);

/** The online types with their copy, in the pages' order (types without copy last). */
export function toOnlineServices(types: readonly OnlineAppointmentType[]): OnlineService[] {
  const rank = (code: string) => (COPY_ORDER.includes(code) ? COPY_ORDER.indexOf(code) : COPY_ORDER.length);
  return [...types]
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map((type) => ({
      ...(SERVICE_COPY[type.code] ?? fallbackCopy(type.name)),
      code: type.code,
      targetWorkingDays: type.targetWorkingDays,
      documentsToBring: type.documentsToBring,
      modes: type.modes,
      suspendedMessage: type.suspendedMessage,
    }));
}

export function findOnlineService(services: readonly OnlineService[], code: string): OnlineService | undefined {
  return services.find((service) => service.code === code);
}
