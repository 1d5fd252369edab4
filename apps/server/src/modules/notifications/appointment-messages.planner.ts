import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { AppointmentTypeCode } from '@regflow/contracts';
import { addDays, serviceDay } from '@regflow/calendar';
import {
  birthApproachingLimitCheckAt,
  deathNotRegisteredCheckAt,
  noticeExpiryWarningAt,
  noticePeriodEndedCheckAt,
  offerDeadlineWarningAt,
  planReminder,
  targetDeadline,
} from '@regflow/domain';
import { Between, EntityManager, In } from 'typeorm';
import { ServiceClosureEntity } from '../diaries/service-closure.entity';
import { AppointmentRequestEntity } from '../scheduling/appointment-request.entity';
import { AppointmentTypeEntity } from '../scheduling/appointment-type.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { notificationsConfig } from './channels/notifications.config';
import { MessageChannel, MessageEntity } from './message.entity';
import { ESCALATION_JOBS, ESCALATIONS_QUEUE, EscalationJobName } from './notifications.queue';
import { queueMessage } from './planned-message';
import { OutboxJob, OutboxWriter } from './outbox.writer';

type ResidentMessageKind = 'confirmation' | 'reminder' | 'rescheduled' | 'cancelled';

const ESCALATIONS_OF_A_BOOKING: readonly EscalationJobName[] = [ESCALATION_JOBS.deathNotRegistered, ESCALATION_JOBS.birthApproachingLimit, ESCALATION_JOBS.offerDeadlineNear];
const ESCALATIONS_OF_A_NOTICE: readonly EscalationJobName[] = [ESCALATION_JOBS.noticePeriodEnded, ESCALATION_JOBS.noticeExpiring];

export function escalationJobId(appointmentId: string, name: EscalationJobName): string {
  return `appointment-${appointmentId}-${name}`;
}

/**
 * What a change to an appointment implies: the messages to its resident and the checks that may
 * escalate to staff, written in the change's own unit of work (messages rows plus outbox jobs).
 */
@Injectable()
export class AppointmentMessagesPlanner {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(notificationsConfig.KEY) private readonly config: ConfigType<typeof notificationsConfig>,
  ) {}

  async booked(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, now: Date): Promise<void> {
    await this.message(manager, appointment, 'confirmation', now, now);
    await this.planReminder(manager, appointment, request.typeCode, now);
    const checks: [EscalationJobName, Date | null][] = [
      [ESCALATION_JOBS.deathNotRegistered, request.typeCode === 'death' && request.eventDate ? deathNotRegisteredCheckAt(request.eventDate) : null],
      [ESCALATION_JOBS.birthApproachingLimit, request.typeCode === 'birth' && request.eventDate ? birthApproachingLimitCheckAt(request.eventDate) : null],
      [ESCALATION_JOBS.offerDeadlineNear, request.firstOfferStartsAt === null ? await this.offerDeadlineWarning(manager, request) : null],
    ];
    await this.escalations(manager, appointment, checks, now);
  }

  async rescheduled(manager: EntityManager, appointment: AppointmentEntity, previousStartsAt: Date, now: Date): Promise<void> {
    await this.cancelPending(manager, appointment, ['reminder']);
    await this.message(manager, appointment, 'rescheduled', now, now, previousStartsAt.toISOString());
    const request = await manager.findOneByOrFail(AppointmentRequestEntity, { id: appointment.requestId });
    await this.planReminder(manager, appointment, request.typeCode, now);
  }

  async cancelled(manager: EntityManager, appointment: AppointmentEntity, now: Date): Promise<void> {
    await this.cancelPending(manager, appointment, ['reminder', 'confirmation', 'rescheduled']);
    await this.outbox.withdraw(manager, [...ESCALATIONS_OF_A_BOOKING, ...ESCALATIONS_OF_A_NOTICE].map((name) => escalationJobId(appointment.id, name)));
    await this.message(manager, appointment, 'cancelled', now, now);
  }

  /** A notice given (attended) starts its waiting period and its 12 months of validity. */
  async statusChanged(manager: EntityManager, appointment: AppointmentEntity, request: AppointmentRequestEntity, now: Date): Promise<void> {
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

  private async planReminder(manager: EntityManager, appointment: AppointmentEntity, typeCode: AppointmentTypeCode, now: Date): Promise<void> {
    const closures = await this.closures(manager, serviceDay(now), serviceDay(appointment.startsAt));
    const type = await manager.findOneBy(AppointmentTypeEntity, { code: typeCode });
    const settings = type ? { workingDaysBefore: type.reminderWorkingDaysBefore, at: type.reminderTime } : undefined;
    const reminder = planReminder({ startsAt: appointment.startsAt, now, closures, ...(settings ? { settings } : {}) });
    if (!reminder) return;
    await this.message(manager, appointment, 'reminder', reminder.dueAt, now);
    if (this.config.notify && appointment.residentPhone) await this.message(manager, appointment, 'reminder', reminder.dueAt, now, null, 'sms');
  }

  /** `subject`: for a change of time, the time it was. */
  private async message(
    manager: EntityManager,
    appointment: AppointmentEntity,
    kind: ResidentMessageKind,
    dueAt: Date,
    now: Date,
    subject: string | null = null,
    channel: MessageChannel = 'email',
  ): Promise<void> {
    const earlier = await manager.countBy(MessageEntity, { appointmentId: appointment.id, kind, channel });
    const key = `appointment-${appointment.id}-${kind}${channel === 'email' ? '' : `-${channel}`}${earlier === 0 ? '' : `-${earlier + 1}`}`;
    const recipient = channel === 'email' ? appointment.residentEmail : appointment.residentPhone!;
    await queueMessage(manager, this.outbox, { key, kind, audience: 'resident', channel, recipient, appointmentId: appointment.id, subject, dueAt }, now);
  }

  private async cancelPending(manager: EntityManager, appointment: AppointmentEntity, kinds: ResidentMessageKind[]): Promise<void> {
    const pending = await manager.findBy(MessageEntity, { appointmentId: appointment.id, kind: In(kinds), status: In(['queued', 'failed']) });
    if (pending.length === 0) return;
    await manager.update(MessageEntity, { id: In(pending.map((message) => message.id)) }, { status: 'cancelled' });
    await this.outbox.withdraw(manager, pending.map((message) => message.key));
  }

  private async escalations(manager: EntityManager, appointment: AppointmentEntity, checks: [EscalationJobName, Date | null][], now: Date): Promise<void> {
    const jobs: OutboxJob[] = checks
      .filter((check): check is [EscalationJobName, Date] => check[1] !== null)
      .map(([name, dueAt]) => ({ queue: ESCALATIONS_QUEUE, jobName: name, jobId: escalationJobId(appointment.id, name), payload: { appointmentId: appointment.id }, dueAt }));
    await this.outbox.schedule(manager, jobs, now);
  }

  /** Nothing was free to offer when the request was made: warn before its target deadline passes. */
  private async offerDeadlineWarning(manager: EntityManager, request: AppointmentRequestEntity): Promise<Date> {
    const closures = await this.closures(manager, request.serviceDay, addDays(request.serviceDay, 60));
    return offerDeadlineWarningAt(targetDeadline({ ...request, closures }), closures);
  }

  private async closures(manager: EntityManager, fromDay: string, toDay: string): Promise<string[]> {
    return (await manager.find(ServiceClosureEntity, { select: { day: true }, where: { day: Between(fromDay, toDay) } })).map((closure) => closure.day);
  }
}
