import { Module } from '@nestjs/common';
import { LinksModule } from '../../common/links/links.module';
import { QueuesModule } from '../queues/queues.module';
import { ComplianceScoringModule } from '../compliance/compliance-scoring.module';
import { DiaryTimeModule } from '../diaries/diary-time.module';
import { SchedulingReadModule } from '../scheduling/scheduling-read.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { StaffDirectoryModule } from '../staff/staff-directory.module';
import { AvailabilityModule } from '../scheduling/availability.module';
import { CapacityMonitor } from './capacity-monitor';
import { ChannelsModule } from './channels/channels.module';
import { DiaryDigest } from './diary-digest';
import { EscalationsProcessor } from './escalations.processor';
import { EscalationsService } from './escalations.service';
import { MessageComposer } from './message-composer';
import { MessageSender } from './message-sender';
import { NotificationsModule } from './notifications.module';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxDispatcher } from './outbox.dispatcher';
import { RoutinesProcessor, RoutinesScheduler } from './routines.processor';
import { StaffMessages } from './staff-messages';

/** The workflow's worker side: the outbox dispatcher, message sending, escalation checks and recurring routines. */
@Module({
  imports: [
    NotificationsModule,
    ChannelsModule,
    AvailabilityModule,
    ComplianceScoringModule,
    QueuesModule,
    LinksModule,
    SettingsReadModule,
    SchedulingReadModule,
    DiaryTimeModule,
    StaffDirectoryModule,
  ],
  providers: [
    OutboxDispatcher,
    MessageComposer,
    MessageSender,
    StaffMessages,
    EscalationsService,
    CapacityMonitor,
    DiaryDigest,
    NotificationsProcessor,
    EscalationsProcessor,
    RoutinesProcessor,
    RoutinesScheduler,
  ],
  exports: [OutboxDispatcher, CapacityMonitor, DiaryDigest, EscalationsService],
})
export class NotificationsWorkerModule {}
