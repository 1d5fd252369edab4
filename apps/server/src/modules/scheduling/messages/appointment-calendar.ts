import { Injectable } from '@nestjs/common';
import { registerOfficeName } from '@regflow/contracts';
import { EntityManager } from 'typeorm';
import { calendarContentType, calendarInvite } from '../../notifications/channels/calendar-invite';
import { MessageOutbox } from '../../notifications/message-outbox';
import { schedulingErrors } from '../scheduling.errors';
import { AppointmentFacts, AppointmentFactsReader } from './appointment-facts';
import { REVISION_MESSAGE_KINDS } from './appointment-messages';

export interface CalendarFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/**
 * An appointment's calendar file as it stands: the event while it is on, its cancellation once it
 * is cancelled. The emails attach it and the resident's "add to calendar" link serves it, so both
 * are the same version.
 */
@Injectable()
export class AppointmentCalendar {
  constructor(
    private readonly facts: AppointmentFactsReader,
    private readonly messages: MessageOutbox,
  ) {}

  /** The `.ics` text; refuses an appointment that is not on record. */
  async fileFor(manager: EntityManager, appointmentId: string): Promise<string> {
    const facts = await this.facts.read(manager, appointmentId);
    if (!facts) throw schedulingErrors.appointmentNotFound(appointmentId);
    return (await this.file(manager, facts)).content;
  }

  /**
   * Its SEQUENCE counts the changes of time and the cancellation, each recorded as a message to the
   * resident in the change's own unit of work, so every later version is higher even within a second.
   */
  async file(manager: EntityManager, { appointment, type, office }: AppointmentFacts): Promise<CalendarFile> {
    const cancelled = appointment.status === 'cancelled';
    const content = calendarInvite({
      uid: `${appointment.id}@regflow.local`,
      title: type.name,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      location: office ? `${registerOfficeName(office.name)}, ${office.address}` : 'By telephone',
      description: `Reference ${appointment.reference}`,
      sequence: await this.messages.countOf(manager, appointment.id, REVISION_MESSAGE_KINDS),
      revisedAt: appointment.updatedAt,
      cancelled,
    });
    return { filename: 'appointment.ics', contentType: calendarContentType({ cancelled }), content };
  }
}
