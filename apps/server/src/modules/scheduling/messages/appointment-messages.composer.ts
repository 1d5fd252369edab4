import { Injectable, OnModuleInit } from '@nestjs/common';
import { serviceDay } from '@regflow/calendar';
import {
  AppointmentMessageInput,
  cancelledMessage,
  confirmationMessage,
  EscalationInput,
  escalationMessage,
  isSatisfactionOpen,
  reminderMessage,
  rescheduledMessage,
  ResidentMessage,
  satisfactionMessage,
} from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { Links } from '../../../common/links/links';
import { LinkSigner } from '../../../common/security/link-signer';
import { SatisfactionAnswers } from '../../compliance/satisfaction-answers';
import { ComposedMessage, MessageKindComposer, MessageKindRegistry, MessageToCompose } from '../../notifications/message-kinds';
import { ESCALATION_JOBS } from '../../notifications/notifications.queue';
import { staffNote } from '../../notifications/staff-note';
import { MANAGE_LINK } from '../resident-access';
import { AppointmentCalendar } from './appointment-calendar';
import { AppointmentFacts, AppointmentFactsReader } from './appointment-facts';
import { ESCALATION_MESSAGE_KINDS, RESIDENT_MESSAGE_KINDS } from './appointment-messages';

/**
 * Writes an appointment's messages from the records as they are when each is sent: an appointment
 * moved since the message was planned shows its new time, and the type's documents to bring are
 * the ones managers set now. A resident's message about an appointment cancelled since, a reminder
 * of one no longer booked, or a satisfaction question already answered, is not sent.
 */
@Injectable()
export class AppointmentMessagesComposer implements MessageKindComposer, OnModuleInit {
  constructor(
    private readonly kinds: MessageKindRegistry,
    private readonly links: Links,
    private readonly signer: LinkSigner,
    private readonly facts: AppointmentFactsReader,
    private readonly calendar: AppointmentCalendar,
    private readonly satisfactionAnswers: SatisfactionAnswers,
  ) {}

  onModuleInit(): void {
    this.kinds.register([...RESIDENT_MESSAGE_KINDS, ...ESCALATION_MESSAGE_KINDS], this);
  }

  async compose(manager: EntityManager, message: MessageToCompose): Promise<ComposedMessage | null> {
    const facts = message.appointmentId ? await this.facts.read(manager, message.appointmentId) : null;
    if (message.audience === 'staff') {
      const escalation = facts && this.escalation(message, facts);
      return escalation ? escalationMessage(escalation) : staffNote(message, this.links);
    }
    return facts && this.residentMessage(manager, message, facts);
  }

  private async residentMessage(manager: EntityManager, message: MessageToCompose, facts: AppointmentFacts): Promise<ComposedMessage | null> {
    const { appointment, request, type, office } = facts;
    const token = this.signer.sign(MANAGE_LINK, appointment.id);
    if (message.kind === 'satisfaction') {
      if (!isSatisfactionOpen(request.typeCode, appointment.status) || (await this.satisfactionAnswers.isAnswered(manager, appointment.id))) return null;
      const satisfactionUrl = this.links.satisfaction(appointment.reference, token);
      return satisfactionMessage({ reference: appointment.reference, type, residentName: appointment.residentName, startsAt: appointment.startsAt, satisfactionUrl });
    }
    const input: AppointmentMessageInput = {
      reference: appointment.reference,
      type,
      residentName: appointment.residentName,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      mode: appointment.mode,
      office: office ? { name: office.name, address: office.address } : null,
      phone: appointment.residentPhone,
      manageUrl: this.links.manageBooking(appointment.reference, token),
    };
    if (message.kind === 'cancelled') {
      return appointment.status === 'cancelled' ? this.withCalendar(manager, message, facts, cancelledMessage({ ...input, bookingUrl: this.links.booking() })) : null;
    }
    if (appointment.status !== 'booked') return null;
    const rendered =
      message.kind === 'confirmation'
        ? confirmationMessage(input)
        : message.kind === 'reminder'
          ? reminderMessage(input)
          : rescheduledMessage({ ...input, previousStartsAt: message.subject ?? appointment.startsAt });
    return this.withCalendar(manager, message, facts, rendered);
  }

  /** An email carries the appointment's calendar file as it stands; a text message cannot. */
  private async withCalendar(manager: EntityManager, message: MessageToCompose, facts: AppointmentFacts, rendered: ResidentMessage): Promise<ComposedMessage> {
    if (message.channel !== 'email') return rendered;
    return { ...rendered, attachments: [await this.calendar.file(manager, facts)] };
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
}
