import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { notificationsConfig } from './channels/notifications.config';
import { AppointmentMessagesPlanner } from './appointment-messages.planner';
import { OutboxWriter } from './outbox.writer';

/** What the API needs of the workflow: planning the messages and checks a change implies, in its own transaction. */
@Module({
  imports: [ConfigModule.forFeature(notificationsConfig)],
  providers: [OutboxWriter, AppointmentMessagesPlanner],
  exports: [OutboxWriter, AppointmentMessagesPlanner],
})
export class NotificationsModule {}
