import { Module } from '@nestjs/common';
import { LinksModule } from '../../../common/links/links.module';
import { LinkSigner } from '../../../common/security/link-signer';
import { SettingsReadModule } from '../../settings/settings-read.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { AppointmentMessagesComposer } from './appointment-messages.composer';
import { AppointmentMessagesPlanner } from './appointment-messages.planner';

/**
 * An appointment's messages: planned by the API as bookings change, and written when the worker
 * sends them. Both the API and the worker import it, so its kinds are registered wherever messages are sent.
 */
@Module({
  imports: [NotificationsModule, LinksModule, SettingsReadModule],
  providers: [AppointmentMessagesPlanner, AppointmentMessagesComposer, LinkSigner],
  exports: [AppointmentMessagesPlanner],
})
export class AppointmentMessagesModule {}
