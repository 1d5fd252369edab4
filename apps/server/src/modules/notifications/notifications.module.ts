import { Module } from '@nestjs/common';
import { AppointmentMessagesPlanner } from './appointment-messages.planner';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { OutboxWriter } from './outbox.writer';

/** What the API needs of the workflow: planning the messages and checks a change implies, in its own transaction. */
@Module({
  controllers: [MessagesController],
  providers: [OutboxWriter, AppointmentMessagesPlanner, MessagesService],
  exports: [OutboxWriter, AppointmentMessagesPlanner],
})
export class NotificationsModule {}
