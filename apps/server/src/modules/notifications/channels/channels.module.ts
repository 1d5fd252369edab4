import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EmailChannel } from './email.channel';
import { NotifyChannel } from './notify.channel';
import { notificationsConfig } from './notifications.config';

/** The ways a message leaves regflow: email over SMTP (or a file), and GOV.UK Notify when configured. */
@Module({
  imports: [ConfigModule.forFeature(notificationsConfig)],
  providers: [EmailChannel, NotifyChannel],
  exports: [EmailChannel, NotifyChannel, ConfigModule],
})
export class ChannelsModule {}
