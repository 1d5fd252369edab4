import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ESCALATIONS_QUEUE, NOTIFICATIONS_QUEUE, ROUTINES_QUEUE } from '../notifications/notifications.queue';
import { SYSTEM_QUEUE } from '../system/system.queue';

export const DASHBOARD_QUEUES = [NOTIFICATIONS_QUEUE, ESCALATIONS_QUEUE, ROUTINES_QUEUE, SYSTEM_QUEUE] as const;

/** The queues the admins' dashboard shows, registered in the API process (which runs no worker on PostgreSQL). */
@Module({
  imports: [BullModule.registerQueue(...DASHBOARD_QUEUES.map((name) => ({ name })))],
  exports: [BullModule],
})
export class QueueDashboardModule {}
