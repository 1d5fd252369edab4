import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { RESIDENT_PATHS, withManageToken } from '@regflow/contracts';
import { linksConfig } from '../../config/links.config';

/**
 * Every link a message or page carries, built from `PUBLIC_BASE_URL` (by default the address the
 * server listens on). Nothing else writes an absolute address.
 */
@Injectable()
export class Links {
  constructor(@Inject(linksConfig.KEY) private readonly config: ConfigType<typeof linksConfig>) {}

  /** The resident's page to see, change or cancel their booking; `token` is its signed manage token. */
  manageBooking(reference: string, token: string): string {
    return this.at(withManageToken(RESIDENT_PATHS.manage(reference), token));
  }

  /** The booking's calendar file, as its messages attach it: the current version, or its cancellation. */
  bookingCalendar(reference: string, token: string): string {
    return this.at(withManageToken(RESIDENT_PATHS.calendar(reference), token));
  }

  /** The page asking the resident how we did, after their appointment. */
  satisfaction(reference: string, token: string): string {
    return this.at(withManageToken(RESIDENT_PATHS.satisfaction(reference), token));
  }

  /** Where a resident starts a new booking. */
  booking(): string {
    return this.at(RESIDENT_PATHS.book);
  }

  /** The staff app's front page. */
  staffHome(): string {
    return this.at('/admin/');
  }

  /** An appointment's record in the staff app. */
  staffAppointment(appointmentId: string): string {
    return `${this.staffHome()}#/appointments/${encodeURIComponent(appointmentId)}`;
  }

  /** Whether residents and staff reach the service over HTTPS: cookies are then sent over it only. */
  isSecure(): boolean {
    return this.config.publicBaseUrl.startsWith('https:');
  }

  private at(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }
}
