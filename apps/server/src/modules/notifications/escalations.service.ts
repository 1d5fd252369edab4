import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { AppointmentRecord, AppointmentsReader, RequestRecord } from '../scheduling/appointments.reader';
import { StaffDirectory } from '../staff/staff-directory.service';
import { ESCALATION_JOBS, EscalationJobName } from './notifications.queue';
import { raiseAlert } from './staff-alerts';
import { StaffMessages } from './staff-messages';

interface EscalationRule {
  /** Whether staff must still act, read from the appointment and request as they are now. */
  readonly applies: (appointment: AppointmentRecord, request: RequestRecord) => boolean;
  readonly summary: (reference: string) => string;
}

const notRegistered = (appointment: AppointmentRecord) => appointment.status !== 'registered' && appointment.status !== 'cancelled';

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
    private readonly appointments: AppointmentsReader,
    private readonly staff: StaffDirectory,
  ) {}

  /** Returns whether staff were alerted. */
  check(name: EscalationJobName, appointmentId: string): Promise<boolean> {
    return this.unitOfWork.run(async (manager) => {
      const found = await this.appointments.withRequest(manager, appointmentId);
      const rule = RULES[name];
      if (!found || !rule.applies(found.appointment, found.request)) return false;
      await this.alert(manager, found.appointment, name, rule.summary(found.appointment.reference));
      return true;
    });
  }

  private async alert(manager: EntityManager, appointment: AppointmentRecord, name: EscalationJobName, summary: string): Promise<void> {
    const now = this.clock.now();
    const key = `appointment-${appointment.id}-${name}-alert`;
    await raiseAlert(manager, { key, kind: name, summary, appointmentId: appointment.id }, now);
    const registrar = await this.staff.findActive(manager, appointment.registrarId);
    if (registrar) await this.staffMessages.queue(manager, registrar, { key, kind: name, subject: summary, appointmentId: appointment.id }, now);
  }
}
