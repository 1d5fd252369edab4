import { Injectable } from '@nestjs/common';
import { isCalendarDay, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode, isEmailAddress } from '@regflow/contracts';
import { changeableUntil, DurationOptions, formatReference, isChangeableOnline, parseSlotId, TELEPHONE_OFFICE_KEY } from '@regflow/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { isUniquenessClash } from '../../common/errors/constraint-violation';
import { LinkSigner } from '../../common/security/link-signer';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AppointmentMessagesPlanner } from './messages/appointment-messages.planner';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { AppointmentRequestEntity, RequestChannel } from './appointment-request.entity';
import { AppointmentTypeSettings, AppointmentTypesReader } from '../settings/appointment-types.reader';
import { AppointmentEntity } from './appointment.entity';
import { AvailabilityService } from './availability.service';
import { DiaryTimeService } from '../diaries/diary-time.service';
import { OfficesDirectory } from '../settings/offices.directory';
import { RequestTargets } from './request-targets';
import { MANAGE_LINK, ResidentAccess } from './resident-access';
import { SchedulingRepository } from './scheduling.repository';
import { Officer, SlotClaims } from '../diaries/slot-claims';
import { schedulingErrors } from './scheduling.errors';

/** Online, at least one of `email` and `phone`, so the confirmation has somewhere to go; staff may book a resident with neither. */
export interface Resident {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface BookCommand {
  readonly slotId: string;
  readonly typeCode: AppointmentTypeCode;
  readonly resident: Resident;
  readonly channel: RequestChannel;
  readonly eventDate?: string;
  readonly paperworkReadyAt?: Date;
  readonly babies?: number;
  /** A death: the informant wants Tell Us Once. */
  readonly tellUsOnce?: boolean;
  readonly idempotencyKey?: string;
  /** Set when staff book on a resident's behalf (phone, walk-in): online-only rules then do not apply. */
  readonly bookedBy?: StaffPrincipal;
}

export interface Booking {
  readonly appointment: AppointmentEntity;
  readonly request: AppointmentRequestEntity;
  readonly manageToken: string;
  /** The last moment the resident may change or cancel it online: the type's minimum notice before it starts. */
  readonly changeableUntil: Date;
  /** True when an earlier submission with the same idempotency key made it. */
  readonly replayed: boolean;
}

const RESIDENT = { actorKind: 'resident' } as const;

function staffActor(staff: StaffPrincipal) {
  return { actorKind: 'staff', actorId: staff.id } as const;
}

/** SHA-256 of what a submission asks for, its keys in a fixed order: the same booking submitted again hashes the same. */
function submissionHash(command: BookCommand): string {
  const { slotId, typeCode, resident, channel, eventDate, paperworkReadyAt, babies, tellUsOnce, bookedBy } = command;
  const asked = [slotId, typeCode, resident.name, resident.email ?? null, resident.phone ?? null, channel, eventDate ?? null, paperworkReadyAt?.toISOString() ?? null, babies ?? 1, tellUsOnce ?? false, bookedBy?.id ?? null];
  return createHash('sha256').update(JSON.stringify(asked)).digest('hex');
}

/** How a move of an appointment is offered and checked: at its own length, whichever slot it takes, with the time it holds counted as free. */
export interface Move {
  readonly movingId: string;
  readonly length: DurationOptions;
}

export function movingOf(appointment: Pick<AppointmentEntity, 'id'>, request: Pick<AppointmentRequestEntity, 'babies' | 'tellUsOnce'>): Move {
  return { movingId: appointment.id, length: { babies: request.babies, tellUsOnce: request.tellUsOnce } };
}

/** Only a booked appointment may be moved or cancelled. */
export function changeable(appointment: AppointmentEntity): AppointmentEntity {
  if (appointment.status !== 'booked') throw schedulingErrors.notChangeable(appointment.status);
  return appointment;
}

/** Booking, viewing, moving and cancelling appointments, each in one unit of work. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: SchedulingRepository,
    private readonly availability: AvailabilityService,
    private readonly audit: AuditService,
    private readonly signer: LinkSigner,
    private readonly access: ResidentAccess,
    private readonly clock: Clock,
    private readonly messages: AppointmentMessagesPlanner,
    private readonly slotClaims: SlotClaims,
    private readonly targets: RequestTargets,
    private readonly types: AppointmentTypesReader,
    private readonly diaryTime: DiaryTimeService,
    private readonly offices: OfficesDirectory,
  ) {}

  async book(command: BookCommand): Promise<Booking> {
    try {
      return await this.unitOfWork.run((manager) => this.bookIn(manager, command));
    } catch (error) {
      // A submission racing its own retry loses the slot to it: answer with the retry's booking.
      const replay = command.idempotencyKey ? await this.replay(command.idempotencyKey, submissionHash(command)) : undefined;
      if (replay) return replay;
      throw isUniquenessClash(error) ? schedulingErrors.slotUnavailable() : error;
    }
  }

  async find(reference: string, manageToken: string): Promise<Booking> {
    return this.unitOfWork.read(async (manager) => {
      const appointment = await this.access.appointmentFor(manager, reference, manageToken);
      return this.toBooking(manager, appointment, false);
    });
  }

  async cancel(reference: string, manageToken: string): Promise<Booking> {
    return this.unitOfWork.run(async (manager) => {
      const appointment = await this.changeableByResident(manager, await this.access.appointmentFor(manager, reference, manageToken));
      appointment.status = 'cancelled';
      appointment.updatedAt = this.clock.now();
      await this.repository.saveAppointment(manager, appointment);
      await this.slotClaims.release(manager, appointment.id);
      await this.audit.record(manager, { actorKind: 'resident', entity: 'appointment', entityId: appointment.id, action: 'cancelled', changes: { status: 'cancelled' }, at: appointment.updatedAt });
      await this.messages.cancelled(manager, appointment, appointment.updatedAt);
      return this.toBooking(manager, appointment, false);
    });
  }

  /** The resident moves their booking to another slot: the old time is freed only if the new one is taken. */
  reschedule(reference: string, manageToken: string, slotId: string): Promise<Booking> {
    return this.moving(async (manager) => {
      const appointment = await this.changeableByResident(manager, await this.access.appointmentFor(manager, reference, manageToken));
      return this.moveIn(manager, appointment, slotId);
    });
  }

  /** A registrar moves an appointment in their diary (a manager, any) to a free slot in any diary; no minimum notice. */
  move(actor: StaffPrincipal, appointmentId: string, slotId: string): Promise<Booking> {
    return this.moving(async (manager) => {
      const appointment = await this.repository.findAppointment(manager, appointmentId);
      if (!appointment) throw schedulingErrors.appointmentNotFound(appointmentId);
      if (!mayEditDiaryOf(actor, appointment.registrarId)) throw authErrors.notYourDiary();
      return this.moveIn(manager, changeable(appointment), slotId, actor);
    });
  }

  private async moving(move: (manager: EntityManager) => Promise<Booking>): Promise<Booking> {
    try {
      return await this.unitOfWork.run(move);
    } catch (error) {
      if (isUniquenessClash(error)) throw schedulingErrors.slotUnavailable();
      throw error;
    }
  }

  private async moveIn(manager: EntityManager, appointment: AppointmentEntity, slotId: string, staff?: StaffPrincipal): Promise<Booking> {
    const request = await this.repository.findRequest(manager, appointment.requestId);
    const type = staff ? await this.knownType(manager, request!.typeCode) : await this.bookableType(manager, request!.typeCode);
    const held = await this.slotClaims.officersOf(manager, appointment.id);
    const claim = await this.claimSlot(manager, type, slotId, { ...movingOf(appointment, request!), byStaff: staff !== undefined, held });
    const previousStartsAt = appointment.startsAt;
    const lead = { from: appointment.registrarId, to: claim.registrarId };
    Object.assign(appointment, claim, { updatedAt: this.clock.now() });
    await this.repository.saveAppointment(manager, appointment);
    await this.slotClaims.move(manager, appointment.id, held, lead, claim.startsAt, claim.endsAt);
    await this.audit.record(manager, {
      ...(staff ? staffActor(staff) : RESIDENT),
      entity: 'appointment',
      entityId: appointment.id,
      action: 'rescheduled',
      changes: { startsAt: claim.startsAt.toISOString(), sessionId: claim.sessionId },
      at: appointment.updatedAt,
    });
    await this.messages.rescheduled(manager, appointment, previousStartsAt, appointment.updatedAt);
    return this.toBooking(manager, appointment, false);
  }

  private async bookIn(manager: EntityManager, command: BookCommand): Promise<Booking> {
    const bodyHash = command.idempotencyKey ? submissionHash(command) : null;
    if (command.idempotencyKey && bodyHash) {
      const earlier = await this.repository.findRequestByIdempotencyKey(manager, command.idempotencyKey);
      if (earlier) return this.replayOf(manager, earlier, bodyHash);
    }
    const now = this.clock.now();
    const { bookedBy } = command;
    // The API's DTO checks these too; the booking pages reach this service without it.
    if (command.resident.email && !isEmailAddress(command.resident.email)) throw schedulingErrors.invalidEmail();
    if (command.eventDate && !isCalendarDay(command.eventDate)) throw schedulingErrors.eventDateOutOfCalendar(command.eventDate);
    // Staff may book a caller with no email or telephone number: nothing is then sent to them.
    if (!bookedBy && !this.messages.reaches(command.resident)) throw schedulingErrors.noContact(this.messages.textMessagesEnabled());
    if (command.eventDate && command.eventDate > serviceDay(now)) throw schedulingErrors.eventDateAfterRequest(command.eventDate, serviceDay(now));
    const type = bookedBy ? await this.knownType(manager, command.typeCode) : await this.bookableType(manager, command.typeCode);
    const suspension = bookedBy ? null : await this.types.suspensionOn(manager, type.code, serviceDay(now));
    if (suspension) throw schedulingErrors.suspended(suspension.message);

    const length = { babies: command.babies ?? 1, tellUsOnce: command.tellUsOnce ?? false };
    const claim = await this.claimSlot(manager, type, command.slotId, { length, byStaff: bookedBy !== undefined });
    const offers = await this.availability.firstOffer(manager, type, now, bookedBy ? 0 : type.minimumNoticeMinutes, length);
    const atOffice = offers.byOffice[claim.officeId ?? TELEPHONE_OFFICE_KEY];

    const request = await this.repository.saveRequest(manager, {
      id: randomUUID(),
      typeCode: type.code,
      channel: command.channel,
      requestedAt: now,
      serviceDay: serviceDay(now),
      paperworkReadyAt: command.paperworkReadyAt ?? null,
      eventDate: command.eventDate ?? null,
      coronerReferral: false,
      ...length,
      ...(await this.targets.record(manager, { typeCode: type.code, requestedAt: now, paperworkReadyAt: command.paperworkReadyAt ?? null }, type.targetWorkingDays)),
      firstOfferStartsAt: offers.serviceWide ? new Date(offers.serviceWide.startsAt) : null,
      firstOfferAtOfficeStartsAt: atOffice ? new Date(atOffice.startsAt) : null,
      idempotencyKey: command.idempotencyKey ?? null,
      idempotencyBodyHash: bodyHash,
    });
    const appointment = await this.repository.saveAppointment(manager, {
      id: randomUUID(),
      requestId: request.id,
      ...claim,
      status: 'booked',
      reference: formatReference(type.code, randomBytes(6)),
      residentName: command.resident.name,
      residentEmail: command.resident.email ?? null,
      residentPhone: command.resident.phone ?? null,
      notes: null,
      registeredAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.slotClaims.claim(manager, appointment.id, { officers: [{ registrarId: claim.registrarId, role: 'registrar' }], startsAt: claim.startsAt, endsAt: claim.endsAt });
    await this.audit.record(manager, {
      ...(bookedBy ? staffActor(bookedBy) : RESIDENT),
      entity: 'appointment',
      entityId: appointment.id,
      action: 'booked',
      changes: { typeCode: type.code, startsAt: claim.startsAt.toISOString(), sessionId: claim.sessionId, channel: command.channel },
      at: now,
    });
    await this.messages.booked(manager, appointment, request, now);
    return this.bookingOf(appointment, request, type, false);
  }

  /**
   * Takes the diary locks (the slot's registrar's, and those of the officers an appointment being
   * moved holds), then checks the slot is still offered for the type: the check sees every booking
   * committed before the lock, and the lock keeps the next one out until this one commits. Staff
   * may take a slot inside the minimum notice residents must give. The whole length (longer with
   * extra babies and for Tell Us Once) must fit the session and be free; the caller's `SlotClaims`
   * write checks it again against every officer's time.
   */
  private async claimSlot(manager: EntityManager, type: AppointmentTypeSettings, slotId: string, how: { length: DurationOptions; movingId?: string; byStaff: boolean; held?: readonly Officer[] }) {
    const parsed = parseSlotId(slotId);
    if (!parsed) throw schedulingErrors.invalidSlot(slotId);
    const session = await this.diaryTime.session(manager, parsed.sessionId);
    if (!session) throw schedulingErrors.slotUnavailable();
    if (!session.acceptedTypes.includes(type.code)) throw schedulingErrors.typeMismatch(type.name);
    await this.slotClaims.lock(manager, [session.registrarId, ...(how.held ?? []).map((officer) => officer.registrarId)]);

    const inDiary = await this.availability.slots(manager, {
      type,
      from: session.day,
      days: 1,
      now: this.clock.now(),
      minimumNoticeMinutes: how.byStaff ? 0 : type.minimumNoticeMinutes,
      registrarId: session.registrarId,
      length: how.length,
      ...(how.movingId ? { movingId: how.movingId } : {}),
    });
    const offered = inDiary.find((slot) => slot.id === slotId);
    if (!offered) throw schedulingErrors.slotUnavailable();

    return { sessionId: session.id, registrarId: session.registrarId, officeId: session.officeId, mode: offered.mode, startsAt: new Date(offered.startsAt), endsAt: new Date(offered.endsAt) };
  }

  private async knownType(manager: EntityManager, code: AppointmentTypeCode): Promise<AppointmentTypeSettings> {
    const type = await this.types.find(manager, code);
    if (!type) throw schedulingErrors.unknownType(code);
    return type;
  }

  private async bookableType(manager: EntityManager, code: AppointmentTypeCode): Promise<AppointmentTypeSettings> {
    const type = await this.knownType(manager, code);
    if (!type.onlineBookable) throw schedulingErrors.notBookableOnline(type.name);
    return type;
  }

  /** A booked appointment its resident may still change or cancel online: not inside the type's minimum notice. */
  private async changeableByResident(manager: EntityManager, appointment: AppointmentEntity): Promise<AppointmentEntity> {
    changeable(appointment);
    const request = await this.repository.findRequest(manager, appointment.requestId);
    const type = await this.knownType(manager, request!.typeCode);
    if (isChangeableOnline(appointment.startsAt, type.minimumNoticeMinutes, this.clock.now())) return appointment;
    const office = appointment.officeId ? await this.offices.find(manager, appointment.officeId) : null;
    throw schedulingErrors.tooLateToChange(type.minimumNoticeMinutes, office);
  }

  private async replay(idempotencyKey: string, bodyHash: string): Promise<Booking | undefined> {
    return this.unitOfWork.read(async (manager) => {
      const request = await this.repository.findRequestByIdempotencyKey(manager, idempotencyKey);
      return request ? this.replayOf(manager, request, bodyHash) : undefined;
    });
  }

  /** The booking an earlier submission under the same key made, when this one is the same submission; otherwise a refusal that reveals nothing of it. */
  private async replayOf(manager: EntityManager, earlier: AppointmentRequestEntity, bodyHash: string): Promise<Booking> {
    if (earlier.idempotencyBodyHash !== bodyHash) throw schedulingErrors.idempotencyKeyReused();
    return this.toBooking(manager, (await this.repository.findAppointmentByRequest(manager, earlier.id))!, true);
  }

  private async toBooking(manager: EntityManager, appointment: AppointmentEntity, replayed: boolean): Promise<Booking> {
    const request = (await this.repository.findRequest(manager, appointment.requestId))!;
    return this.bookingOf(appointment, request, await this.knownType(manager, request.typeCode), replayed);
  }

  private bookingOf(appointment: AppointmentEntity, request: AppointmentRequestEntity, type: AppointmentTypeSettings, replayed: boolean): Booking {
    return {
      appointment,
      request,
      manageToken: this.signer.sign(MANAGE_LINK, appointment.id),
      changeableUntil: changeableUntil(appointment.startsAt, type.minimumNoticeMinutes),
      replayed,
    };
  }
}
