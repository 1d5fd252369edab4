import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { SystemModule } from './system.module';
import { SystemProcessor } from './system.processor';
import { SYSTEM_QUEUE } from './system.queue';
import { SystemScheduler } from './system.scheduler';

/** The system queue's processor and recurring jobs: loaded by the worker only. */
@Module({
  imports: [SystemModule, BullModule.registerQueue({ name: SYSTEM_QUEUE })],
  providers: [SystemProcessor, SystemScheduler],
})
export class SystemWorkerModule {}
