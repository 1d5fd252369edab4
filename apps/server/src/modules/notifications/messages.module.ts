import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SchedulingReadModule } from '../scheduling/scheduling-read.module';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';
import { NotificationsModule } from './notifications.module';

/** Staff reading messages and alerts through the API, and sending a message again. */
@Module({
  imports: [AuditModule, NotificationsModule, SchedulingReadModule],
  controllers: [MessagesController],
  providers: [MessagesService],
})
export class MessagesModule {}
