import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { SystemModule } from './system.module';
import { SystemProcessor } from './system.processor';
import { SystemScheduler } from './system.scheduler';

/** The system queue's processor and recurring jobs: loaded by the worker only. */
@Module({
  imports: [SystemModule, QueuesModule],
  providers: [SystemProcessor, SystemScheduler],
})
export class SystemWorkerModule {}
