import { Injectable } from '@nestjs/common';
import { RESENDABLE_MESSAGE_STATUSES } from '@regflow/contracts';
import { EntityManager, FindOperator, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { authErrors } from '../auth/auth.errors';
import { hasAnyRole, MANAGING_ROLES, mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { AppointmentsReader } from '../scheduling/appointments.reader';
import { MessageEntity, MessageStatus } from './message.entity';
import { notificationErrors } from './notifications.errors';
import { OutboxWriter } from './outbox.writer';
import { requeueMessage } from './planned-message';
import { StaffAlertEntity } from './staff-alert.entity';

/** `attention`: failed and given-up messages first, then those waiting, then the rest, each newest due first. */
export const MESSAGE_SORT_FIELDS = ['dueAt', 'createdAt', 'status', 'kind', 'id', 'attention'] as const;
export const MESSAGE_FILTERS = ['id', 'appointmentId', 'status', 'kind', 'audience'] as const;
export const ALERT_SORT_FIELDS = ['raisedAt', 'kind', 'id'] as const;
export const ALERT_FILTERS = ['id', 'kind', 'appointmentId', 'open'] as const;
type MessageSort = (typeof MESSAGE_SORT_FIELDS)[number];
type AlertSort = (typeof ALERT_SORT_FIELDS)[number];

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Every message and alert, as staff read them: what was sent, what is waiting, what failed and why. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly appointments: AppointmentsReader,
  ) {}

  listMessages(query: ListQuery<MessageSort>): Promise<[MessageEntity[], number]> {
    const { filter } = query;
    const where = presentConditions<MessageEntity>({
      id: idsFilter(filter.id),
      appointmentId: text(filter.appointmentId),
      status: idsFilter(filter.status) as MessageStatus | FindOperator<MessageStatus> | undefined,
      kind: text(filter.kind),
      audience: text(filter.audience) as MessageEntity['audience'] | undefined,
    });
    return this.unitOfWork.read((manager) => (query.sort.field === 'attention' ? byAttention(manager, where, query) : findPage(manager, MessageEntity, where, query)));
  }

  getMessage(id: string): Promise<MessageEntity> {
    return this.unitOfWork.read((manager) => findExisting(manager, MessageEntity, { id }, () => notificationErrors.messageNotFound(id)));
  }

  /**
   * Sends a failed, given-up or sent message again, now, through the outbox under a job id of its
   * own; the message shows queued until it goes. Registrars for appointments in their own diary,
   * managers any.
   */
  resendMessage(actor: StaffPrincipal, id: string): Promise<MessageEntity> {
    return this.unitOfWork.run(async (manager) => {
      const message = await findExisting(manager, MessageEntity, { id }, () => notificationErrors.messageNotFound(id));
      await this.assertMayResend(manager, actor, message);
      if (!RESENDABLE_MESSAGE_STATUSES.includes(message.status)) throw notificationErrors.notResendable(message.status);
      const now = this.clock.now();
      const resent = await requeueMessage(manager, this.outbox, message, now);
      await this.audit.record(manager, { actorKind: 'staff', actorId: actor.id, entity: 'message', entityId: id, action: 'resent', changes: { from: message.status, resends: resent.resends }, at: now });
      return resent;
    });
  }

  listAlerts(query: ListQuery<AlertSort>): Promise<[StaffAlertEntity[], number]> {
    const { filter } = query;
    const open = typeof filter.open === 'boolean' ? (filter.open ? IsNull() : Not(IsNull())) : undefined;
    const where = presentConditions<StaffAlertEntity>({ id: idsFilter(filter.id), kind: text(filter.kind), appointmentId: text(filter.appointmentId), resolvedAt: open });
    return this.unitOfWork.read((manager) => findPage(manager, StaffAlertEntity, where, query));
  }

  resolveAlert(actor: StaffPrincipal, id: string): Promise<StaffAlertEntity> {
    return this.unitOfWork.run(async (manager) => {
      const alert = await findExisting(manager, StaffAlertEntity, { id }, () => notificationErrors.alertNotFound(id));
      if (alert.resolvedAt) return alert;
      return manager.save(StaffAlertEntity, { ...alert, resolvedAt: this.clock.now(), resolvedBy: actor.id });
    });
  }

  /** A message about an appointment is its registrar's to resend (or a manager's); any other message a manager's. */
  private async assertMayResend(manager: EntityManager, actor: StaffPrincipal, message: MessageEntity): Promise<void> {
    const about = message.appointmentId ? await this.appointments.withRequest(manager, message.appointmentId) : null;
    if (about) {
      if (!mayEditDiaryOf(actor, about.appointment.registrarId)) throw authErrors.notYourDiary();
    } else if (!hasAnyRole(actor, MANAGING_ROLES)) {
      throw authErrors.forbidden(MANAGING_ROLES);
    }
  }
}

/** Failed and given-up messages first, then those waiting, then the rest, newest due first within each; DESC the other way round. */
function byAttention(manager: EntityManager, where: FindOptionsWhere<MessageEntity>, query: ListQuery<MessageSort>): Promise<[MessageEntity[], number]> {
  const reversed = query.sort.order === 'DESC';
  return manager
    .createQueryBuilder(MessageEntity, 'message')
    .where(where)
    .addSelect(`CASE message.status WHEN 'failed' THEN 0 WHEN 'gave-up' THEN 0 WHEN 'queued' THEN 1 ELSE 2 END`, 'attention')
    .orderBy('attention', reversed ? 'DESC' : 'ASC')
    .addOrderBy('message.dueAt', reversed ? 'ASC' : 'DESC')
    .addOrderBy('message.id', 'ASC')
    .offset(query.skip)
    .limit(query.take)
    .getManyAndCount();
}
