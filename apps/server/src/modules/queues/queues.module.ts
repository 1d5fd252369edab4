import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ESCALATIONS_QUEUE, NOTIFICATIONS_QUEUE, ROUTINES_QUEUE } from '../notifications/notifications.queue';
import { SYSTEM_QUEUE } from '../system/system.queue';
import { JobSchedules } from './job-schedules';

export const QUEUE_NAMES = [NOTIFICATIONS_QUEUE, ESCALATIONS_QUEUE, ROUTINES_QUEUE, SYSTEM_QUEUE] as const;

/** Every queue's connection trouble goes to the log once, as a warning (BullMQ prints unheard errors to the console). */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly notifications: Queue,
    @InjectQueue(ESCALATIONS_QUEUE) private readonly escalations: Queue,
    @InjectQueue(ROUTINES_QUEUE) private readonly routines: Queue,
    @InjectQueue(SYSTEM_QUEUE) private readonly system: Queue,
  ) {}

  onModuleInit(): void {
    for (const queue of [this.notifications, this.escalations, this.routines, this.system]) {
      queue.on('error', (error: Error) => this.logger.warn(`queue ${queue.name}: ${error.message}`));
    }
  }
}

/** Each queue registered once, so the API, the worker and the dashboard share one instance of it per process. */
@Module({
  imports: [BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })))],
  providers: [QueueErrorLog, JobSchedules],
  exports: [BullModule, JobSchedules],
})
export class QueuesModule {}
