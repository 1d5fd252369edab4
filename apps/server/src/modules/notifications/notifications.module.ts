import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { notificationsConfig } from './channels/notifications.config';
import { MessageKindRegistry } from './message-kinds';
import { MessageOutbox } from './message-outbox';
import { OutboxWriter } from './outbox.writer';

/**
 * What feature modules need of notifications: the outbox and the messages table to plan into, in
 * their own transaction, and the registry where they say who writes each kind of message.
 */
@Module({
  imports: [ConfigModule.forFeature(notificationsConfig)],
  providers: [OutboxWriter, MessageOutbox, MessageKindRegistry],
  exports: [OutboxWriter, MessageOutbox, MessageKindRegistry],
})
export class NotificationsModule {}
