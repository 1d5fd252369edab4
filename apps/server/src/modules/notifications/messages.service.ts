import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { StaffPrincipal } from '../auth/staff-principal';
import { MessageEntity, MessageStatus } from './message.entity';
import { notificationErrors } from './notifications.errors';
import { StaffAlertEntity } from './staff-alert.entity';

export const MESSAGE_SORT_FIELDS = ['dueAt', 'createdAt', 'status', 'kind', 'id'] as const;
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
  ) {}

  listMessages(query: ListQuery<MessageSort>): Promise<[MessageEntity[], number]> {
    const { filter } = query;
    const where = presentConditions<MessageEntity>({
      id: idsFilter(filter.id),
      appointmentId: text(filter.appointmentId),
      status: text(filter.status) as MessageStatus | undefined,
      kind: text(filter.kind),
      audience: text(filter.audience) as MessageEntity['audience'] | undefined,
    });
    return this.unitOfWork.read((manager) => findPage(manager, MessageEntity, where, query));
  }

  getMessage(id: string): Promise<MessageEntity> {
    return this.unitOfWork.read((manager) => findExisting(manager, MessageEntity, { id }, () => notificationErrors.messageNotFound(id)));
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
}
