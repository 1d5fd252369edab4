import { Injectable, OnModuleInit } from '@nestjs/common';
import { serviceDay } from '@regflow/calendar';
import { AppointmentMessageInput, cancelledMessage, confirmationMessage, EscalationInput, escalationMessage, reminderMessage, rescheduledMessage } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { Links } from '../../../common/links/links';
import { LinkSigner } from '../../../common/security/link-signer';
import { CALENDAR_CONTENT_TYPE, calendarInvite } from '../../notifications/channels/calendar-invite';
import { ComposedMessage, MessageKindComposer, MessageKindRegistry, MessageToCompose } from '../../notifications/message-kinds';
import { ESCALATION_JOBS } from '../../notifications/notifications.queue';
import { staffNote } from '../../notifications/staff-note';
import { OfficesDirectory, OfficeSummary } from '../../settings/offices.directory';
import { AppointmentRequestEntity } from '../appointment-request.entity';
import { AppointmentTypeSettings, AppointmentTypesReader } from '../../settings/appointment-types.reader';
import { AppointmentEntity } from '../appointment.entity';
import { MANAGE_LINK } from '../bookings.service';
import { ESCALATION_MESSAGE_KINDS, RESIDENT_MESSAGE_KINDS } from './appointment-messages';

interface AppointmentFacts {
  readonly appointment: AppointmentEntity;
  readonly request: AppointmentRequestEntity;
  /** The type's rules as managers left them: its name and documents to bring. */
  readonly type: AppointmentTypeSettings;
  readonly office: OfficeSummary | null;
}

/**
 * Writes an appointment's messages from the records as they are when each is sent: an appointment
 * moved since the message was planned shows its new time, and the type's documents to bring are
 * the ones managers set now. A resident's message about an appointment cancelled since, or a
 * reminder of one no longer booked, is not sent.
 */
@Injectable()
export class AppointmentMessagesComposer implements MessageKindComposer, OnModuleInit {
  constructor(
    private readonly kinds: MessageKindRegistry,
    private readonly links: Links,
    private readonly signer: LinkSigner,
    private readonly types: AppointmentTypesReader,
    private readonly offices: OfficesDirectory,
  ) {}

  onModuleInit(): void {
    this.kinds.register([...RESIDENT_MESSAGE_KINDS, ...ESCALATION_MESSAGE_KINDS], this);
  }

  async compose(manager: EntityManager, message: MessageToCompose): Promise<ComposedMessage | null> {
    const facts = message.appointmentId ? await this.facts(manager, message.appointmentId) : null;
    if (message.audience === 'staff') {
      const escalation = facts && this.escalation(message, facts);
      return escalation ? escalationMessage(escalation) : staffNote(message, this.links);
    }
    return facts && this.residentMessage(message, facts);
  }

  private residentMessage(message: MessageToCompose, { appointment, type, office }: AppointmentFacts): ComposedMessage | null {
    const input: AppointmentMessageInput = {
      reference: appointment.reference,
      type,
      residentName: appointment.residentName,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      mode: appointment.mode,
      office: office ? { name: office.name, address: office.address } : null,
      phone: appointment.residentPhone,
      manageUrl: this.links.manageBooking(appointment.reference, this.signer.sign(MANAGE_LINK, appointment.id)),
    };
    if (message.kind === 'cancelled') {
      return appointment.status === 'cancelled' ? cancelledMessage({ ...input, bookingUrl: this.links.booking() }) : null;
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

  private escalation(message: MessageToCompose, { appointment, request, type }: AppointmentFacts): EscalationInput | null {
    const base = { reference: appointment.reference, recordUrl: this.links.staffAppointment(appointment.id) };
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
      case ESCALATION_JOBS.offerDeadlineNear:
        return { ...base, kind: 'offer-deadline-near', type, targetWorkingDays: request.targetWorkingDays, deadlineDay: request.targetDeadlineOn };
      default:
        return null;
    }
  }

  private async facts(manager: EntityManager, appointmentId: string): Promise<AppointmentFacts | null> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId });
    if (!appointment) return null;
    const request = await manager.findOneBy(AppointmentRequestEntity, { id: appointment.requestId });
    const type = request && (await this.types.find(manager, request.typeCode));
    const office = appointment.officeId ? await this.offices.find(manager, appointment.officeId) : null;
    return request && type ? { appointment, request, type, office } : null;
  }

  private invite(appointment: AppointmentEntity, office: OfficeSummary | null, title: string) {
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
