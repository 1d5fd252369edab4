import { Injectable } from '@nestjs/common';
import { AppointmentTypeCode } from '@regflow/contracts';
import { serviceDay } from '@regflow/calendar';
import {
  birthApproachingLimitCheckAt,
  deathNotRegisteredCheckAt,
  isSatisfactionOpen,
  noticeExpiryWarningAt,
  noticePeriodEndedCheckAt,
  offerDeadlineWarningAt,
  planReminder,
  satisfactionDueAt,
} from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { ClosureDaysService } from '../../settings/closure-days.service';
import { MessageChannel, MessageOutbox } from '../../notifications/message-outbox';
import { ESCALATION_JOBS, ESCALATIONS_QUEUE, EscalationJobName } from '../../notifications/notifications.queue';
import { OutboxJob, OutboxWriter } from '../../notifications/outbox.writer';
import { AppointmentRequestEntity } from '../appointment-request.entity';
import { AppointmentTypesReader } from '../../settings/appointment-types.reader';
import { AppointmentEntity } from '../appointment.entity';
import { ESCALATIONS_OF_A_BOOKING, ESCALATIONS_OF_A_NOTICE, escalationJobId, ResidentMessageKind } from './appointment-messages';

/** The checks that count from the date of the birth or death. */
const DATED_CHECKS: readonly EscalationJobName[] = [ESCALATION_JOBS.deathNotRegistered, ESCALATION_JOBS.birthApproachingLimit];

/** A check planned again for a date learned later has a job id of its own, named by the date. */
const datedSuffix = (eventDate: string | null): string => (eventDate ? `-dated-${eventDate.replaceAll('-', '')}` : '');

/**
 * What a change to an appointment implies: the messages to its resident and the checks that may
 * escalate to staff, written in the change's own unit of work (messages rows plus outbox jobs).
 * A resident's messages go by email when they gave an address, otherwise by text message to their
 * mobile when GOV.UK Notify is configured; with neither, nothing is sent.
 */
@Injectable()
export class AppointmentMessagesPlanner {
  constructor(
    private readonly messages: MessageOutbox,
    private readonly outbox: OutboxWriter,
    private readonly closureDays: ClosureDaysService,
    private readonly types: AppointmentTypesReader,
  ) {}

  async booked(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, now: Date): Promise<void> {
    await this.message(manager, appointment, 'confirmation', now, now);
    await this.planReminder(manager, appointment, request.typeCode, now);
    await this.escalations(manager, appointment, await this.bookingChecks(manager, request), now);
  }

  async rescheduled(manager: EntityManager, appointment: AppointmentEntity, previousStartsAt: Date, now: Date): Promise<void> {
    await this.messages.cancelPending(manager, appointment.id, ['reminder']);
    await this.message(manager, appointment, 'rescheduled', now, now, previousStartsAt.toISOString());
    const request = await manager.findOneByOrFail(AppointmentRequestEntity, { id: appointment.requestId });
    await this.planReminder(manager, appointment, request.typeCode, now);
  }

  async cancelled(manager: EntityManager, appointment: AppointmentEntity, now: Date): Promise<void> {
    await this.messages.cancelPending(manager, appointment.id, ['reminder', 'confirmation', 'rescheduled']);
    await this.outbox.withdraw(manager, [...ESCALATIONS_OF_A_BOOKING, ...ESCALATIONS_OF_A_NOTICE].map((name) => escalationJobId(appointment.id, name)));
    await this.message(manager, appointment, 'cancelled', now, now);
  }

  /**
   * A resident who came (attended, or registered) is asked once, the next day, how we did; never
   * after a still-birth. A notice given (attended) starts its waiting period and its 12 months of validity.
   */
  async statusChanged(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, now: Date): Promise<void> {
    if (isSatisfactionOpen(request.typeCode, appointment.status) && !(await this.messages.hasUncancelled(manager, appointment.id, 'satisfaction'))) {
      await this.message(manager, appointment, 'satisfaction', satisfactionDueAt(now), now);
    }
    if (appointment.status !== 'attended' || (request.typeCode !== 'notice' && request.typeCode !== 'notice-referred')) return;
    const givenOn = serviceDay(now);
    await this.escalations(
      manager,
      appointment,
      [
        [ESCALATION_JOBS.noticePeriodEnded, noticePeriodEndedCheckAt(givenOn, request.typeCode === 'notice-referred')],
        [ESCALATION_JOBS.noticeExpiring, noticeExpiryWarningAt(givenOn)],
      ],
      now,
    );
  }

  /**
   * A change of status undone (made at `changedAt`) leaves the messages as if it had not been made:
   * a satisfaction question no longer open is not asked, a notice no longer given is not followed
   * up, and the checks that fell due while the change stood (a death not yet registered on day 4,
   * found registered then) run again now, under job ids of their own. Alerts are raised once per
   * cause, so a check that had already alerted does not alert twice.
   */
  async statusUndone(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, changedAt: Date, now: Date): Promise<void> {
    if (!isSatisfactionOpen(request.typeCode, appointment.status)) await this.messages.cancelPending(manager, appointment.id, ['satisfaction']);
    if (appointment.status !== 'attended' && appointment.status !== 'registered') {
      await this.outbox.withdraw(manager, ESCALATIONS_OF_A_NOTICE.map((name) => escalationJobId(appointment.id, name)));
    }
    const fellDueMeanwhile = (await this.bookingChecks(manager, request)).filter(([, dueAt]) => dueAt !== null && dueAt >= changedAt && dueAt <= now);
    await this.escalations(manager, appointment, fellDueMeanwhile.map(([name]): [EscalationJobName, Date] => [name, now]), now, `-after-undo-${now.getTime()}`);
  }

  /**
   * The date of a birth or death learned or corrected after booking (`previousEventDate` before):
   * its checks follow the new date, due now when that day has passed; the old date's check, not yet
   * handed to the queue, is withdrawn.
   */
  async eventDateChanged(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, previousEventDate: string | null, now: Date): Promise<void> {
    const datedCheckIds = (eventDate: string | null) => DATED_CHECKS.map((name) => `${escalationJobId(appointment.id, name)}${datedSuffix(eventDate)}`);
    await this.outbox.withdraw(manager, [...DATED_CHECKS.map((name) => escalationJobId(appointment.id, name)), ...datedCheckIds(previousEventDate)]);
    if (appointment.status === 'cancelled' || request.eventDate === null) return;
    const checks = (await this.bookingChecks(manager, request))
      .filter(([name]) => DATED_CHECKS.includes(name))
      .map(([name, dueAt]): [EscalationJobName, Date | null] => [name, dueAt && dueAt < now ? now : dueAt]);
    await this.escalations(manager, appointment, checks, now, datedSuffix(request.eventDate));
  }

  /** The checks a booking plans, each with when it falls due (null: not for this request). */
  private async bookingChecks(manager: EntityManager, request: AppointmentRequestEntity): Promise<[EscalationJobName, Date | null][]> {
    return [
      [ESCALATION_JOBS.deathNotRegistered, request.typeCode === 'death' && request.eventDate ? deathNotRegisteredCheckAt(request.eventDate) : null],
      [ESCALATION_JOBS.birthApproachingLimit, request.typeCode === 'birth' && request.eventDate ? birthApproachingLimitCheckAt(request.eventDate) : null],
      [ESCALATION_JOBS.offerDeadlineNear, request.firstOfferStartsAt === null ? await this.offerDeadlineWarning(manager, request) : null],
    ];
  }

  /** The reminder follows the type's reminder settings as managers left them. */
  private async planReminder(manager: EntityManager, appointment: AppointmentEntity, typeCode: AppointmentTypeCode, now: Date): Promise<void> {
    const closures = await this.closureDays.between(manager, serviceDay(now), serviceDay(appointment.startsAt));
    const type = await this.types.find(manager, typeCode);
    const settings = type ? { workingDaysBefore: type.reminderWorkingDaysBefore, at: type.reminderTime } : undefined;
    const reminder = planReminder({ startsAt: appointment.startsAt, now, closures, ...(settings ? { settings } : {}) });
    if (!reminder) return;
    await this.message(manager, appointment, 'reminder', reminder.dueAt, now);
    const alsoByText = this.residentChannel(appointment) === 'email' && this.messages.textMessagesEnabled() && Boolean(appointment.residentPhone);
    if (alsoByText) await this.message(manager, appointment, 'reminder', reminder.dueAt, now, null, 'sms');
  }

  /** Whether a resident's messages can reach them: by email, or by text message when the service sends them. */
  reaches(resident: { readonly email?: string | null; readonly phone?: string | null }): boolean {
    return Boolean(resident.email) || (Boolean(resident.phone) && this.messages.textMessagesEnabled());
  }

  textMessagesEnabled(): boolean {
    return this.messages.textMessagesEnabled();
  }

  /** When the appointment's reminder is due, while it is still to be sent. */
  reminderDueAt(manager: EntityManager, appointmentId: string): Promise<Date | null> {
    return this.messages.dueAtOf(manager, appointmentId, 'reminder');
  }

  private residentChannel(appointment: AppointmentEntity): MessageChannel | null {
    if (appointment.residentEmail) return 'email';
    return appointment.residentPhone && this.messages.textMessagesEnabled() ? 'sms' : null;
  }

  /** `subject`: for a change of time, the time it was. Nothing is planned for a resident the channel cannot reach. */
  private async message(
    manager: EntityManager,
    appointment: AppointmentEntity,
    kind: ResidentMessageKind,
    dueAt: Date,
    now: Date,
    subject: string | null = null,
    channel: MessageChannel | null = this.residentChannel(appointment),
  ): Promise<void> {
    const recipient = channel === 'email' ? appointment.residentEmail : channel === 'sms' ? appointment.residentPhone : null;
    if (!channel || !recipient) return;
    const earlier = await this.messages.countOf(manager, appointment.id, kind, channel);
    const key = `appointment-${appointment.id}-${kind}${channel === 'email' ? '' : `-${channel}`}${earlier === 0 ? '' : `-${earlier + 1}`}`;
    await this.messages.queue(manager, { key, kind, audience: 'resident', channel, recipient, appointmentId: appointment.id, subject, dueAt }, now);
  }

  /** `jobIdSuffix`: for a check run again, which must not share the job id of its first run. */
  private async escalations(manager: EntityManager, appointment: AppointmentEntity, checks: [EscalationJobName, Date | null][], now: Date, jobIdSuffix = ''): Promise<void> {
    const jobs: OutboxJob[] = checks
      .filter((check): check is [EscalationJobName, Date] => check[1] !== null)
      .map(([name, dueAt]) => ({ queue: ESCALATIONS_QUEUE, jobName: name, jobId: `${escalationJobId(appointment.id, name)}${jobIdSuffix}`, payload: { appointmentId: appointment.id }, dueAt }));
    await this.outbox.schedule(manager, jobs, now);
  }

  /** Nothing was free to offer when the request was made: warn the working day before its recorded deadline. */
  private async offerDeadlineWarning(manager: EntityManager, request: AppointmentRequestEntity): Promise<Date> {
    const closures = await this.closureDays.between(manager, request.serviceDay, request.targetDeadlineOn);
    return offerDeadlineWarningAt(request.targetDeadlineOn, closures);
  }
}
