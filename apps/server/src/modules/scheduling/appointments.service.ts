import { Injectable } from '@nestjs/common';
import { AppointmentTypeCode } from '@regflow/contracts';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { londonDayRange } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AppointmentMessagesPlanner } from './messages/appointment-messages.planner';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { mayChangeStatus } from './appointment-status';
import { AppointmentEntity } from './appointment.entity';
import { CreateAppointmentDto, UpdateAppointmentDto } from './appointments.dto';
import { AvailabilityService } from './availability.service';
import { Booking, BookingsService } from './bookings.service';
import { AvailabilityQuery } from './public-scheduling.service';
import { AvailabilityResponse, toSlotResponse } from './public-bookings.response';
import { SchedulingRepository } from './scheduling.repository';
import { SlotClaims } from '../diaries/slot-claims';
import { AppointmentTypesReader } from '../settings/appointment-types.reader';
import { AppointmentResponse, toAppointmentResponse } from './appointments.response';
import { schedulingErrors } from './scheduling.errors';

export const APPOINTMENT_SORT_FIELDS = ['startsAt', 'status', 'registrarId', 'reference'] as const;
export const APPOINTMENT_FILTERS = ['registrarId', 'officeId', 'status', 'reference', 'day'] as const;
type AppointmentSort = (typeof APPOINTMENT_SORT_FIELDS)[number];


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

  /** Free slots of any type, online-bookable or not, with no minimum notice: what staff can offer now. */
  freeSlots(query: AvailabilityQuery): Promise<AvailabilityResponse> {
    return this.unitOfWork.read(async (manager) => {
      const type = await this.types.find(manager, query.typeCode);
      if (!type) throw schedulingErrors.unknownType(query.typeCode);
      const slots = await this.availability.slots(manager, {
        type,
        from: query.from,
        days: query.days,
        now: this.clock.now(),
        minimumNoticeMinutes: 0,
        ...(query.length ? { length: query.length } : {}),
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
    return toAppointmentResponse(appointment, request.typeCode);
  }

  list(query: ListQuery<AppointmentSort>): Promise<[AppointmentResponse[], number]> {
    const { filter } = query;
    const where: FindOptionsWhere<AppointmentEntity> = {
      ...(typeof filter.registrarId === 'string' ? { registrarId: filter.registrarId } : {}),
      ...(typeof filter.officeId === 'string' ? { officeId: filter.officeId } : {}),
      ...(typeof filter.status === 'string' ? { status: filter.status as AppointmentEntity['status'] } : {}),
      ...(typeof filter.reference === 'string' ? { reference: filter.reference.toUpperCase() } : {}),
      ...(typeof filter.day === 'string' ? { startsAt: londonDayRange(filter.day) } : {}),
    };
    return this.unitOfWork.read(async (manager) => {
      const [appointments, total] = await manager.findAndCount(AppointmentEntity, {
        where,
        order: { [query.sort.field]: query.sort.order },
        skip: query.skip,
        take: query.take,
      });
      return [await this.withTypes(manager, appointments), total];
    });
  }

  get(id: string): Promise<AppointmentResponse> {
    return this.unitOfWork.read(async (manager) => (await this.withTypes(manager, [await this.existing(manager, id)]))[0]);
  }

  update(actor: StaffPrincipal, id: string, change: UpdateAppointmentDto): Promise<AppointmentResponse> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await this.existing(manager, id);
      if (!mayEditDiaryOf(actor, appointment.registrarId)) throw authErrors.notYourDiary();
      const changes: Record<string, unknown> = {};
      let statusChanged = false;
      if (change.status && change.status !== appointment.status) {
        if (!mayChangeStatus(appointment.status, change.status)) throw schedulingErrors.statusChange(appointment.status, change.status);
        appointment.status = change.status;
        changes.status = change.status;
        if (change.status === 'registered') appointment.registeredAt = this.clock.now();
        statusChanged = true;
      }
      if (change.notes !== undefined && change.notes !== appointment.notes) {
        appointment.notes = change.notes;
        changes.notes = 'changed';
      }
      appointment.updatedAt = this.clock.now();
      await manager.save(AppointmentEntity, appointment);
      if (statusChanged && appointment.status === 'cancelled') await this.slotClaims.release(manager, id);
      await this.audit.record(manager, { actorKind: 'staff', actorId: actor.id, entity: 'appointment', entityId: id, action: 'updated', changes, at: appointment.updatedAt });
      if (statusChanged) await this.announceStatus(manager, appointment);
      return (await this.withTypes(manager, [appointment]))[0];
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<AppointmentEntity> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id });
    if (!appointment) throw schedulingErrors.appointmentNotFound(id);
    return appointment;
  }

  private async withTypes(manager: EntityManager, appointments: AppointmentEntity[]): Promise<AppointmentResponse[]> {
    const requests = appointments.length
      ? await manager.find(AppointmentRequestEntity, { select: { id: true, typeCode: true }, where: { id: In(appointments.map((a) => a.requestId)) } })
      : [];
    const typeOf = new Map<string, AppointmentTypeCode>(requests.map((request) => [request.id, request.typeCode]));
    return appointments.map((appointment) => toAppointmentResponse(appointment, typeOf.get(appointment.requestId)!));
  }
}
