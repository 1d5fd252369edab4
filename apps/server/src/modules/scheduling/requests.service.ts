import { Injectable } from '@nestjs/common';
import { serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode } from '@regflow/contracts';
import { isDateOfDeathMissing } from '@regflow/domain';
import { And, EntityManager, Equal, FindOperator, FindOptionsWhere, In, IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { dayRange, findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { AppointmentRequestEntity, RequestChannel } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';
import { AppointmentMessagesPlanner } from './messages/appointment-messages.planner';
import { RequestTargets } from './request-targets';
import { UpdateRequestDto } from './requests.dto';
import { RequestResponse } from './requests.response';
import { schedulingErrors } from './scheduling.errors';

export const REQUEST_SORT_FIELDS = ['requestedAt', 'serviceDay', 'typeCode', 'id'] as const;
export const REQUEST_FILTERS = ['id', 'typeCode', 'channel', 'coronerReferral', 'eventDateMissing', 'serviceDay_gte', 'serviceDay_lte'] as const;
type RequestSort = (typeof REQUEST_SORT_FIELDS)[number];

/** Appointment requests as staff see them: each with its target deadline and whether its first offer met it. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly targets: RequestTargets,
    private readonly messages: AppointmentMessagesPlanner,
  ) {}

  list(query: ListQuery<RequestSort>): Promise<[RequestResponse[], number]> {
    const { filter } = query;
    const typeCode = typeof filter.typeCode === 'string' ? (filter.typeCode as AppointmentTypeCode) : undefined;
    const where = presentConditions<AppointmentRequestEntity>({
      id: idsFilter(filter.id),
      typeCode,
      channel: typeof filter.channel === 'string' ? (filter.channel as RequestChannel) : undefined,
      coronerReferral: typeof filter.coronerReferral === 'boolean' ? filter.coronerReferral : undefined,
      serviceDay: dayRange(filter.serviceDay_gte, filter.serviceDay_lte),
    });
    const conditions = typeof filter.eventDateMissing === 'boolean' ? withEventDateMissing(where, typeCode, filter.eventDateMissing) : where;
    return this.unitOfWork.read(async (manager) => {
      const [requests, total] = await findPage(manager, AppointmentRequestEntity, conditions, query);
      return [await this.responses(manager, requests), total];
    });
  }

  get(id: string): Promise<RequestResponse> {
    return this.unitOfWork.read(async (manager) => (await this.responses(manager, [await existing(manager, id)]))[0]);
  }

  update(actor: StaffPrincipal, id: string, change: UpdateRequestDto): Promise<RequestResponse> {
    return this.unitOfWork.run(async (manager) => {
      const request = await existing(manager, id);
      const appointment = await manager.findOneBy(AppointmentEntity, { requestId: id });
      // A request's facts move the compliance figures: only the registrar whose diary holds it, or a manager, may change them.
      if (!mayEditDiaryOf(actor, appointment?.registrarId ?? '')) throw authErrors.notYourDiary();
      if (change.eventDate && change.eventDate > request.serviceDay) throw schedulingErrors.eventDateAfterRequest(change.eventDate, request.serviceDay);
      const changes = {
        ...(change.coronerReferral !== undefined ? { coronerReferral: change.coronerReferral } : {}),
        ...(change.paperworkReadyAt !== undefined ? { paperworkReadyAt: change.paperworkReadyAt === null ? null : new Date(change.paperworkReadyAt) } : {}),
        ...(change.eventDate !== undefined ? { eventDate: change.eventDate } : {}),
      };
      const previousEventDate = request.eventDate;
      Object.assign(request, changes);
      if (change.paperworkReadyAt !== undefined) Object.assign(request, await this.targets.record(manager, request, request.targetWorkingDays));
      await manager.save(AppointmentRequestEntity, request);
      await this.audit.record(manager, staffChange(actor, 'request', id, 'updated', changes, this.clock.now()));
      if (appointment && request.eventDate !== previousEventDate) await this.messages.eventDateChanged(manager, appointment, request, previousEventDate, this.clock.now());
      return (await this.responses(manager, [request]))[0];
    });
  }

  private async responses(manager: EntityManager, requests: AppointmentRequestEntity[]): Promise<RequestResponse[]> {
    if (requests.length === 0) return [];
    const appointments = await manager.find(AppointmentEntity, { select: { id: true, requestId: true, reference: true }, where: { requestId: In(requests.map((request) => request.id)) } });
    const appointmentOf = new Map(appointments.map((appointment) => [appointment.requestId, appointment]));
    return requests.map((request) => {
      const deadline = request.targetDeadlineOn;
      const appointment = appointmentOf.get(request.id);
      return {
        id: request.id,
        typeCode: request.typeCode,
        channel: request.channel,
        requestedAt: request.requestedAt.toISOString(),
        serviceDay: request.serviceDay,
        paperworkReadyAt: request.paperworkReadyAt?.toISOString() ?? null,
        eventDate: request.eventDate,
        eventDateMissing: isDateOfDeathMissing({ type: request.typeCode, eventDate: request.eventDate }),
        coronerReferral: request.coronerReferral,
        babies: request.babies,
        tellUsOnce: request.tellUsOnce,
        targetWorkingDays: request.targetWorkingDays,
        firstOfferStartsAt: request.firstOfferStartsAt?.toISOString() ?? null,
        firstOfferAtOfficeStartsAt: request.firstOfferAtOfficeStartsAt?.toISOString() ?? null,
        deadline,
        offeredWithinTarget: request.firstOfferStartsAt !== null && serviceDay(request.firstOfferStartsAt) <= deadline,
        appointmentId: appointment?.id ?? null,
        reference: appointment?.reference ?? null,
      };
    });
  }
}

/** `where` narrowed to the deaths with no date of death (`isDateOfDeathMissing`, as SQL), or to every other request. */
function withEventDateMissing(
  where: FindOptionsWhere<AppointmentRequestEntity>,
  typeCode: AppointmentTypeCode | undefined,
  missing: boolean,
): FindOptionsWhere<AppointmentRequestEntity>[] {
  const typeIs = (condition: FindOperator<AppointmentTypeCode>) => (typeCode === undefined ? condition : And(Equal(typeCode), condition));
  if (missing) return [{ ...where, typeCode: typeIs(Equal('death')), eventDate: IsNull() }];
  return [{ ...where, typeCode: typeIs(Not('death')) }, { ...where, eventDate: Not(IsNull()) }];
}

function existing(manager: EntityManager, id: string): Promise<AppointmentRequestEntity> {
  return findExisting(manager, AppointmentRequestEntity, { id }, () => schedulingErrors.requestNotFound(id));
}
