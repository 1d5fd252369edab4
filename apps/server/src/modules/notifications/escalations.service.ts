import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { AppointmentRequestEntity } from '../scheduling/appointment-request.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { ESCALATION_JOBS, EscalationJobName } from './notifications.queue';
import { raiseAlert } from './staff-alerts';
import { StaffMessages } from './staff-messages';

interface EscalationRule {
  /** Whether staff must still act, read from the appointment and request as they are now. */
  readonly applies: (appointment: AppointmentEntity, request: AppointmentRequestEntity) => boolean;
  readonly summary: (reference: string) => string;
}

const notRegistered = (appointment: AppointmentEntity) => appointment.status !== 'registered' && appointment.status !== 'cancelled';

const RULES: Readonly<Record<EscalationJobName, EscalationRule>> = {
  [ESCALATION_JOBS.deathNotRegistered]: {
    applies: (appointment, request) => notRegistered(appointment) && !request.coronerReferral,
    summary: (reference) => `Death ${reference} is not registered on day 4 after the death: follow the day-4 procedure`,
  },
  [ESCALATION_JOBS.birthApproachingLimit]: {
    applies: (appointment) => notRegistered(appointment),
    summary: (reference) => `Birth ${reference} is not registered and the 42-day limit is a week away`,
  },
  [ESCALATION_JOBS.noticePeriodEnded]: {
    applies: (appointment) => appointment.status === 'attended' || appointment.status === 'registered',
    summary: (reference) => `The notice period of ${reference} has ended: the ceremony may now take place`,
  },
  [ESCALATION_JOBS.noticeExpiring]: {
    applies: (appointment) => appointment.status === 'attended' || appointment.status === 'registered',
    summary: (reference) => `Notice ${reference} expires in 30 days and no ceremony is recorded`,
  },
  [ESCALATION_JOBS.offerDeadlineNear]: {
    applies: (appointment) => appointment.status === 'booked',
    summary: (reference) => `Request ${reference} had no appointment to offer and its target deadline is tomorrow`,
  },
};

/** Runs a planned check on an appointment: when staff must still act, raises one alert and emails the registrar. */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly staffMessages: StaffMessages,
  ) {}

  /** Returns whether staff were alerted. */
  check(name: EscalationJobName, appointmentId: string): Promise<boolean> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId });
      const request = appointment && (await manager.findOneBy(AppointmentRequestEntity, { id: appointment.requestId }));
      const rule = RULES[name];
      if (!appointment || !request || !rule.applies(appointment, request)) return false;
      await this.alert(manager, appointment, name, rule.summary(appointment.reference));
      return true;
    });
  }

  private async alert(manager: EntityManager, appointment: AppointmentEntity, name: EscalationJobName, summary: string): Promise<void> {
    const now = this.clock.now();
    const key = `appointment-${appointment.id}-${name}-alert`;
    await raiseAlert(manager, { key, kind: name, summary, appointmentId: appointment.id }, now);
    const registrar = await manager.findOneBy(StaffUserEntity, { id: appointment.registrarId });
    if (registrar) await this.staffMessages.queue(manager, registrar, { key, kind: name, subject: summary, appointmentId: appointment.id }, now);
  }
}
