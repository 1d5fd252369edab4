import { Module } from '@nestjs/common';
import { LinksModule } from '../../../common/links/links.module';
import { LinkSigner } from '../../../common/security/link-signer';
import { SatisfactionAnswersModule } from '../../compliance/satisfaction-answers.module';
import { SettingsReadModule } from '../../settings/settings-read.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { AppointmentCalendar } from './appointment-calendar';
import { AppointmentFactsReader } from './appointment-facts';
import { AppointmentMessagesComposer } from './appointment-messages.composer';
import { AppointmentMessagesPlanner } from './appointment-messages.planner';

/**
 * An appointment's messages: planned by the API as bookings change, and written when the worker
 * sends them. Both the API and the worker import it, so its kinds are registered wherever messages
 * are sent. Its calendar file is the one the messages attach and the resident's pages serve.
 */
@Module({
  imports: [NotificationsModule, LinksModule, SettingsReadModule, SatisfactionAnswersModule],
  providers: [AppointmentMessagesPlanner, AppointmentMessagesComposer, AppointmentFactsReader, AppointmentCalendar, LinkSigner],
  exports: [AppointmentMessagesPlanner, AppointmentCalendar],
})
export class AppointmentMessagesModule {}
