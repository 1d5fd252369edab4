import { Injectable } from '@nestjs/common';
import { APPOINTMENT_MODES, APPOINTMENT_STATUSES, AppointmentTypeCode } from '@regflow/contracts';
import { And, Brackets, EntityManager, Equal, FindOperator, In, Not } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { idsFilter, listedDays, londonDayRange, londonDaysRange, presentConditions } from '../../common/records/records';
import { listQueryErrors } from '../../common/pagination/list-query.errors';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AppointmentMessagesPlanner } from './messages/appointment-messages.planner';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { mayChangeStatus, statusChange, statusUndo, tooEarlyToMark, undoneStatus } from './appointment-status';
import { AppointmentEntity, AppointmentStatus } from './appointment.entity';
import { CreateAppointmentDto, UpdateAppointmentDto } from './appointments.dto';
import { AvailabilityService } from './availability.service';
import { Booking, BookingsService, changeable, Move, movingOf } from './bookings.service';
import { AvailabilityQuery } from './public-scheduling.service';
import { AvailabilityResponse, toSlotResponse } from './public-bookings.response';
import { SchedulingRepository } from './scheduling.repository';
import { SlotClaims } from '../diaries/slot-claims';
import { AppointmentTypesReader } from '../settings/appointment-types.reader';
import { AppointmentResponse, toAppointmentResponse } from './appointments.response';
import { schedulingErrors } from './scheduling.errors';

export const APPOINTMENT_SORT_FIELDS = ['startsAt', 'status', 'registrarId', 'reference'] as const;
export const APPOINTMENT_FILTERS = ['id', 'registrarId', 'officeId', 'status', 'status_ne', 'mode', 'reference', 'day', 'day_gte', 'day_lte', 'typeCode', 'q'] as const;
/** The longest text `filter.q` searches for. */
export const MAX_SEARCH_LENGTH = 100;
type AppointmentSort = (typeof APPOINTMENT_SORT_FIELDS)[number];

/** What staff ask of free times: `movingId` names an appointment being moved, whose own time and length then count. */
export interface StaffAvailabilityQuery extends AvailabilityQuery {
  readonly movingId?: string;
}

/** Staff's view of appointments: free slots of any type, booking for residents, moving, and the registrar's actions. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly bookings: BookingsService,
    private readonly availability: AvailabilityService,
    private readonly repository: SchedulingRepository,
    private readonly messages: AppointmentMessagesPlanner,
    private readonly slotClaims: SlotClaims,
    private readonly types: AppointmentTypesReader,
  ) {}

  /**
   * Free slots of any type, online-bookable or not, with no minimum notice: what staff can offer now.
   * For an appointment being moved (`movingId`), the times its move would take: its own time counts
   * as free and each slot is as long as it is (extra babies, Tell Us Once).
   */
  freeSlots(query: StaffAvailabilityQuery): Promise<AvailabilityResponse> {
    return this.unitOfWork.read(async (manager) => {
      const moving = query.movingId ? await this.moving(manager, query.movingId, query.typeCode) : undefined;
      const type = await this.types.find(manager, query.typeCode);
      if (!type) throw schedulingErrors.unknownType(query.typeCode);
      const slots = await this.availability.slots(manager, {
        type,
        from: query.from,
        days: query.days,
        now: this.clock.now(),
        minimumNoticeMinutes: 0,
        ...(query.length ? { length: query.length } : {}),
        ...moving,
        ...(query.officeId ? { officeId: query.officeId } : {}),
      });
      return { type: type.code, firstOffer: slots[0] ? toSlotResponse(slots[0]) : null, slots: slots.map(toSlotResponse) };
    });
  }

  async book(actor: StaffPrincipal, dto: CreateAppointmentDto): Promise<AppointmentResponse> {
    return this.responseOf(
      await this.bookings.book({
        slotId: dto.slotId,
        typeCode: dto.type,
        resident: dto.resident,
        channel: dto.channel,
        bookedBy: actor,
        ...(dto.eventDate ? { eventDate: dto.eventDate } : {}),
        ...(dto.paperworkReadyAt ? { paperworkReadyAt: new Date(dto.paperworkReadyAt) } : {}),
        ...(dto.babies ? { babies: dto.babies } : {}),
        ...(dto.tellUsOnce ? { tellUsOnce: true } : {}),
      }),
    );
  }

  async move(actor: StaffPrincipal, id: string, slotId: string): Promise<AppointmentResponse> {
    return this.responseOf(await this.bookings.move(actor, id, slotId));
  }

  private async announceStatus(manager: EntityManager, appointment: AppointmentEntity): Promise<void> {
    if (appointment.status === 'cancelled') return this.messages.cancelled(manager, appointment, appointment.updatedAt);
    const request = await this.repository.findRequest(manager, appointment.requestId);
    await this.messages.statusChanged(manager, appointment, request!, appointment.updatedAt);
  }

  private responseOf({ appointment, request }: Booking): AppointmentResponse {
    return toAppointmentResponse(appointment, request.typeCode, this.clock.now());
  }

  /**
   * A page of appointments: by id (one or several), registrar, office, status (one or several),
   * a status to leave out (`status_ne`), mode (telephone or face-to-face), reference, London day
   * or days (`day_gte`..`day_lte`, at most a year), type (from the request) and `q`, found in the
   * reference or the resident's name whatever its case.
   */
  list(query: ListQuery<AppointmentSort>): Promise<[AppointmentResponse[], number]> {
    const { filter } = query;
    const startsAt = [typeof filter.day === 'string' ? londonDayRange(filter.day) : undefined, londonDaysRange(listedDays(filter))].filter(
      (condition): condition is FindOperator<Date> => condition !== undefined,
    );
    const where = presentConditions<AppointmentEntity>({
      id: idsFilter(filter.id),
      registrarId: idsFilter(filter.registrarId),
      officeId: idsFilter(filter.officeId),
      status: statusCondition(filter.status, filter.status_ne),
      mode: oneOf(filter.mode, 'mode', APPOINTMENT_MODES),
      reference: typeof filter.reference === 'string' ? filter.reference.toUpperCase() : undefined,
      startsAt: startsAt.length > 1 ? And(...startsAt) : startsAt[0],
    });
    const typeCodes = textValues(filter.typeCode);
    const search = searchPattern(filter.q);
    return this.unitOfWork.read(async (manager) => {
      const rows = manager.createQueryBuilder(AppointmentEntity, 'appointment').where(where);
      if (typeCodes !== undefined) {
        rows.innerJoin(AppointmentRequestEntity, 'request', 'request.id = appointment.request_id AND request.type_code IN (:...typeCodes)', { typeCodes });
      }
      if (search !== undefined) {
        rows.andWhere(
          new Brackets((either) =>
            either.where(`LOWER(appointment.reference) LIKE :search ESCAPE '\\'`, { search }).orWhere(`LOWER(appointment.resident_name) LIKE :search ESCAPE '\\'`),
          ),
        );
      }
      const [appointments, total] = await rows
        .orderBy(`appointment.${query.sort.field}`, query.sort.order)
        .addOrderBy('appointment.id', 'ASC')
        .offset(query.skip)
        .limit(query.take)
        .getManyAndCount();
      return [await this.withTypes(manager, appointments, this.clock.now()), total];
    });
  }

  get(id: string): Promise<AppointmentResponse> {
    return this.unitOfWork.read(async (manager) => (await this.withTypes(manager, [await this.existing(manager, id)], this.clock.now()))[0]);
  }

  update(actor: StaffPrincipal, id: string, change: UpdateAppointmentDto): Promise<AppointmentResponse> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await this.existing(manager, id);
      if (!mayEditDiaryOf(actor, appointment.registrarId)) throw authErrors.notYourDiary();
      const now = this.clock.now();
      const changes: Record<string, unknown> = {};
      let statusChanged = false;
      if (change.status && change.status !== appointment.status) {
        if (!mayChangeStatus(appointment.status, change.status)) throw schedulingErrors.statusChange(appointment.status, change.status);
        const heldOn = tooEarlyToMark(appointment, change.status, now);
        if (heldOn) throw schedulingErrors.tooEarlyToMark(heldOn);
        Object.assign(appointment, statusChange(appointment, change.status, now));
        changes.status = change.status;
        statusChanged = true;
      }
      if (change.notes !== undefined && change.notes !== appointment.notes) {
        appointment.notes = change.notes;
        changes.notes = 'changed';
      }
      appointment.updatedAt = now;
      await manager.save(AppointmentEntity, appointment);
      if (statusChanged && appointment.status === 'cancelled') await this.slotClaims.release(manager, id);
      await this.audit.record(manager, { actorKind: 'staff', actorId: actor.id, entity: 'appointment', entityId: id, action: 'updated', changes, at: appointment.updatedAt });
      if (statusChanged) await this.announceStatus(manager, appointment);
      return (await this.withTypes(manager, [appointment], now))[0];
    });
  }

  /**
   * Undoes the last change of status when it was made today (London) and is not a cancellation:
   * the status before it comes back (a registration's time goes), and its messages and checks are
   * left as if it had not been made. Registrars in their own diary; managers in any.
   */
  undoStatus(actor: StaffPrincipal, id: string): Promise<AppointmentResponse> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await this.existing(manager, id);
      if (!mayEditDiaryOf(actor, appointment.registrarId)) throw authErrors.notYourDiary();
      const now = this.clock.now();
      const undo = statusUndo(appointment, now);
      if (!undo.undoable) throw schedulingErrors.nothingToUndo(undo.refusal, appointment);
      const undone = { ...undoneStatus(undo.to, now), updatedAt: now };
      // Only the first of two undos racing on PostgreSQL finds the change still there.
      const { affected } = await manager.update(AppointmentEntity, { id, status: undo.from, previousStatus: undo.to }, undone);
      if (affected !== 1) throw schedulingErrors.nothingToUndo('already-undone', appointment);
      Object.assign(appointment, undone);
      await this.audit.record(manager, { actorKind: 'staff', actorId: actor.id, entity: 'appointment', entityId: id, action: 'status-undone', changes: { from: undo.from, to: undo.to }, at: now });
      const request = await this.repository.findRequest(manager, appointment.requestId);
      await this.messages.statusUndone(manager, appointment, request!, undo.changedAt, now);
      return (await this.withTypes(manager, [appointment], now))[0];
    });
  }

  /** The appointment a move is asked about, refused as the move itself would refuse it. */
  private async moving(manager: EntityManager, id: string, typeCode: AppointmentTypeCode): Promise<Move> {
    const appointment = await this.repository.findAppointment(manager, id);
    if (!appointment) throw schedulingErrors.movingNotFound(id);
    const request = (await this.repository.findRequest(manager, appointment.requestId))!;
    if (request.typeCode !== typeCode) throw schedulingErrors.movingOtherType(request.typeCode);
    return movingOf(changeable(appointment), request);
  }

  private async existing(manager: EntityManager, id: string): Promise<AppointmentEntity> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id });
    if (!appointment) throw schedulingErrors.appointmentNotFound(id);
    return appointment;
  }

  private async withTypes(manager: EntityManager, appointments: AppointmentEntity[], now: Date): Promise<AppointmentResponse[]> {
    const requests = appointments.length
      ? await manager.find(AppointmentRequestEntity, { select: { id: true, typeCode: true }, where: { id: In(appointments.map((a) => a.requestId)) } })
      : [];
    const typeOf = new Map<string, AppointmentTypeCode>(requests.map((request) => [request.id, request.typeCode]));
    return appointments.map((appointment) => toAppointmentResponse(appointment, typeOf.get(appointment.requestId)!, now));
  }
}

/** A filter's one value among `allowed`, refused when it is another. */
function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw listQueryErrors.notOneOf(field, allowed);
}

/** `filter.status` (one or several) and `filter.status_ne` (one to leave out) as one condition. */
function statusCondition(only: unknown, leftOut: unknown): FindOperator<AppointmentStatus> | AppointmentStatus | undefined {
  const among = idsFilter(only) as FindOperator<AppointmentStatus> | AppointmentStatus | undefined;
  const not = oneOf(leftOut, 'status_ne', APPOINTMENT_STATUSES);
  if (not === undefined) return among;
  if (among === undefined) return Not(not);
  return And(typeof among === 'string' ? Equal(among) : among, Not(not));
}

/** A filter's value or values, when they are text; an empty list filters nothing out. */
function textValues(value: unknown): string[] | undefined {
  const values = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : [];
  return values.length > 0 ? values : undefined;
}

/** `filter.q` as a LIKE pattern for lower-cased text, its wildcards taken literally; refused over MAX_SEARCH_LENGTH characters. */
function searchPattern(q: unknown): string | undefined {
  if (typeof q !== 'string' || q.trim() === '') return undefined;
  if (q.length > MAX_SEARCH_LENGTH) throw listQueryErrors.tooLong('q', MAX_SEARCH_LENGTH);
  return `%${q.trim().toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}
