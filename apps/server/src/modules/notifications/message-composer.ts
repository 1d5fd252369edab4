import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { addDays, serviceDay } from '@regflow/calendar';
import {
  AppointmentMessageInput,
  cancelledMessage,
  confirmationMessage,
  EscalationInput,
  escalationMessage,
  formatLondonTime,
  formatDay,
  reminderMessage,
  RenderedMessage,
  renderMessage,
  rescheduledMessage,
  targetDeadline,
} from '@regflow/domain';
import { Between, EntityManager, In } from 'typeorm';
import { londonDayRange } from '../../common/records/records';
import { LinkSigner } from '../../common/security/link-signer';
import { UnitOfWork } from '../../common/unit-of-work';
import { ServiceClosureEntity } from '../diaries/service-closure.entity';
import { OfficeEntity } from '../offices/office.entity';
import { AppointmentRequestEntity } from '../scheduling/appointment-request.entity';
import { AppointmentTypeEntity } from '../scheduling/appointment-type.entity';
import { AppointmentEntity } from '../scheduling/appointment.entity';
import { MANAGE_LINK } from '../scheduling/bookings.service';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { CALENDAR_CONTENT_TYPE, calendarInvite } from './channels/calendar-invite';
import { notificationsConfig } from './channels/notifications.config';
import { MessageEntity } from './message.entity';
import { ESCALATION_JOBS } from './notifications.queue';

export interface ComposedMessage extends RenderedMessage {
  /** The short version for a text message, where there is one. */
  readonly sms?: string;
  readonly attachments?: { readonly filename: string; readonly content: string; readonly contentType: string }[];
}

interface AppointmentFacts {
  readonly appointment: AppointmentEntity;
  readonly request: AppointmentRequestEntity;
  readonly office: OfficeEntity | null;
}

/**
 * Writes a message from the records as they are when it is sent: an appointment moved since the
 * message was planned shows its new time. Returns null when the message no longer makes sense (its
 * appointment was cancelled, or a reminder's appointment is no longer booked).
 */
@Injectable()
export class MessageComposer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly signer: LinkSigner,
    @Inject(notificationsConfig.KEY) private readonly config: ConfigType<typeof notificationsConfig>,
  ) {}

  compose(message: MessageEntity): Promise<ComposedMessage | null> {
    return this.unitOfWork.read(async (manager) => {
      const facts = message.appointmentId ? await this.facts(manager, message.appointmentId) : null;
      if (message.audience === 'staff') return this.staffMessage(manager, message, facts);
      if (!facts) return null;
      return this.residentMessage(message, facts);
    });
  }

  private residentMessage(message: MessageEntity, { appointment, request, office }: AppointmentFacts): ComposedMessage | null {
    const input: AppointmentMessageInput = {
      reference: appointment.reference,
      typeCode: request.typeCode,
      residentName: appointment.residentName,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      mode: appointment.mode,
      office: office ? { name: office.name, address: office.address } : null,
      phone: appointment.residentPhone,
      manageUrl: `${this.config.publicBaseUrl}/api/public/bookings/${appointment.reference}?token=${this.signer.sign(MANAGE_LINK, appointment.id)}`,
    };
    if (message.kind === 'cancelled') {
      return appointment.status === 'cancelled' ? cancelledMessage({ ...input, bookingUrl: `${this.config.publicBaseUrl}/book` }) : null;
    }
    if (appointment.status !== 'booked') return null;
    const rendered =
      message.kind === 'confirmation'
        ? confirmationMessage(input)
        : message.kind === 'reminder'
          ? reminderMessage(input)
          : rescheduledMessage({ ...input, previousStartsAt: message.subject ?? appointment.startsAt });
    return { ...rendered, attachments: [this.invite(appointment, office, rendered.subject)] };
  }

  private async staffMessage(manager: EntityManager, message: MessageEntity, facts: AppointmentFacts | null): Promise<ComposedMessage> {
    const escalation = facts && (await this.escalation(manager, message, facts));
    if (escalation) return escalationMessage(escalation);
    if (message.kind === 'diary-digest' && message.subject) return this.digest(manager, message);
    return renderMessage(message.subject ?? message.kind, [
      { kind: 'paragraph', text: message.subject ?? message.kind },
      { kind: 'link', lead: 'Open regflow', url: `${this.config.publicBaseUrl}/admin/` },
    ]);
  }

  private async escalation(manager: EntityManager, message: MessageEntity, { appointment, request }: AppointmentFacts): Promise<EscalationInput | null> {
    const base = { reference: appointment.reference, recordUrl: `${this.config.publicBaseUrl}/admin/#/appointments/${appointment.id}` };
    const startsAt = appointment.status === 'cancelled' ? null : appointment.startsAt;
    switch (message.kind) {
      case ESCALATION_JOBS.deathNotRegistered:
        return request.eventDate ? { ...base, kind: 'death-not-registered', diedOn: request.eventDate, appointmentStartsAt: startsAt } : null;
      case ESCALATION_JOBS.birthApproachingLimit:
        return request.eventDate ? { ...base, kind: 'birth-approaching-limit', bornOn: request.eventDate, appointmentStartsAt: startsAt } : null;
      case ESCALATION_JOBS.noticePeriodEnded:
        return { ...base, kind: 'notice-period-ended', noticeGivenOn: serviceDay(appointment.startsAt), referred: request.typeCode === 'notice-referred' };
      case ESCALATION_JOBS.noticeExpiring:
        return { ...base, kind: 'notice-expiring', noticeGivenOn: serviceDay(appointment.startsAt) };
      case ESCALATION_JOBS.offerDeadlineNear: {
        const closures = await manager.findBy(ServiceClosureEntity, { day: Between(request.serviceDay, addDays(request.serviceDay, 60)) });
        const deadlineDay = targetDeadline({ ...request, closures: closures.map((closure) => closure.day) });
        return { ...base, kind: 'offer-deadline-near', typeCode: request.typeCode, deadlineDay };
      }
      default:
        return null;
    }
  }

  /** The registrar's appointments on the day the digest is for (its subject). */
  private async digest(manager: EntityManager, message: MessageEntity): Promise<ComposedMessage> {
    const day = message.subject!;
    const registrar = await manager.findOneBy(StaffUserEntity, { email: message.recipient });
    const appointments = registrar
      ? await manager.find(AppointmentEntity, {
          where: { registrarId: registrar.id, status: In(['booked', 'attended']), startsAt: londonDayRange(day) },
          order: { startsAt: 'ASC' },
        })
      : [];
    const requests = appointments.length ? await manager.findBy(AppointmentRequestEntity, { id: In(appointments.map((appointment) => appointment.requestId)) }) : [];
    const typeNames = new Map((await manager.find(AppointmentTypeEntity)).map((type) => [type.code, type.name]));
    const typeOf = new Map(requests.map((request) => [request.id, typeNames.get(request.typeCode) ?? request.typeCode]));
    const lines = appointments.map((appointment) => `${formatLondonTime(appointment.startsAt)}: ${typeOf.get(appointment.requestId)}, ${appointment.mode}, ${appointment.reference}`);
    return renderMessage(`Your appointments on ${formatDay(day)}: ${appointments.length}`, [
      appointments.length ? { kind: 'list', items: lines } : { kind: 'paragraph', text: 'No appointments are booked yet.' },
      { kind: 'link', lead: 'Open your diary', url: `${this.config.publicBaseUrl}/admin/` },
    ]);
  }

  private async facts(manager: EntityManager, appointmentId: string): Promise<AppointmentFacts | null> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId });
    if (!appointment) return null;
    const request = await manager.findOneBy(AppointmentRequestEntity, { id: appointment.requestId });
    const office = appointment.officeId ? await manager.findOneBy(OfficeEntity, { id: appointment.officeId }) : null;
    return request ? { appointment, request, office } : null;
  }

  private invite(appointment: AppointmentEntity, office: OfficeEntity | null, title: string) {
    return {
      filename: 'appointment.ics',
      contentType: CALENDAR_CONTENT_TYPE,
      content: calendarInvite({
        uid: `${appointment.id}@regflow.local`,
        title,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
        revisedAt: appointment.updatedAt,
        location: office ? `${office.name}, ${office.address}` : 'By telephone',
        description: `Reference ${appointment.reference}`,
      }),
    };
  }
}
