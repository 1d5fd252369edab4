import { Module } from '@nestjs/common';
import { LinkSigner } from '../../common/security/link-signer';
import { QueuesModule } from '../queues/queues.module';
import { ComplianceScoringModule } from '../compliance/compliance-scoring.module';
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
  ],
  providers: [
    LinkSigner,
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
