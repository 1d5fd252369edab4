import { Injectable } from '@nestjs/common';
import { SatisfactionRating } from '@regflow/contracts';
import { isSatisfactionOpen } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { SatisfactionAnswers, satisfactionErrors } from '../compliance/satisfaction-answers';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';
import { ResidentAccess } from './resident-access';
import { SchedulingRepository } from './scheduling.repository';

/** `open`: the resident came to their appointment and has not answered yet; never for a still-birth. */
export type SatisfactionState = 'not-asked' | 'open' | 'answered';

export interface SatisfactionReply {
  readonly rating: SatisfactionRating;
  readonly comment?: string | null;
}

/** The one question a resident is asked after their appointment, through their signed link. */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: SchedulingRepository,
    private readonly access: ResidentAccess,
    private readonly answers: SatisfactionAnswers,
    private readonly clock: Clock,
  ) {}

  /** Refuses with `booking-not-found` when the reference and token do not match. */
  state(reference: string, token: string): Promise<SatisfactionState> {
    return this.unitOfWork.read(async (manager) => this.stateOf(manager, await this.access.appointmentFor(manager, reference, token)));
  }

  /** For a booking already read in the caller's unit of work. */
  async stateOf(manager: EntityManager, appointment: AppointmentEntity): Promise<SatisfactionState> {
    if (await this.answers.isAnswered(manager, appointment.id)) return 'answered';
    return (await this.openRequest(manager, appointment)) ? 'open' : 'not-asked';
  }

  /** Refuses with `satisfaction-not-open` before the appointment, after a still-birth, or once answered. */
  answer(reference: string, token: string, reply: SatisfactionReply): Promise<void> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await this.access.appointmentFor(manager, reference, token);
      const request = await this.openRequest(manager, appointment);
      if (!request) throw satisfactionErrors.notOpen();
      await this.answers.record(manager, { appointmentId: appointment.id, typeCode: request.typeCode, rating: reply.rating, comment: reply.comment ?? null, at: this.clock.now() });
    });
  }

  /** The appointment's request, when the question is open to it (answered or not). */
  private async openRequest(manager: EntityManager, appointment: AppointmentEntity): Promise<AppointmentRequestEntity | null> {
    const request = await this.repository.findRequest(manager, appointment.requestId);
    return request && isSatisfactionOpen(request.typeCode, appointment.status) ? request : null;
  }
}
