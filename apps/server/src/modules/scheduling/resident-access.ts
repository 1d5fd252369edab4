import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LinkSigner } from '../../common/security/link-signer';
import { AppointmentEntity } from './appointment.entity';
import { SchedulingRepository } from './scheduling.repository';
import { schedulingErrors } from './scheduling.errors';

/** The purpose residents' manage links are signed for. */
export const MANAGE_LINK = 'manage-booking';

/** How a resident reaches their own booking: its reference and the manage token signed for it, from their link. */
@Injectable()
export class ResidentAccess {
  constructor(
    private readonly repository: SchedulingRepository,
    private readonly signer: LinkSigner,
  ) {}

  /** Refuses with `booking-not-found` when the reference and token do not match, never saying which is wrong. */
  async appointmentFor(manager: EntityManager, reference: string, token: string): Promise<AppointmentEntity> {
    const appointment = await this.repository.findAppointmentByReference(manager, reference);
    if (!appointment || !this.signer.verify(MANAGE_LINK, appointment.id, token)) throw schedulingErrors.bookingNotFound();
    return appointment;
  }
}
