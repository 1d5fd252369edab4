import { Module } from '@nestjs/common';
import { WorkerHeartbeatsService } from './worker-heartbeats.service';

/** What the API needs of the system work: reading when a worker last reported in. */
@Module({
  providers: [WorkerHeartbeatsService],
  exports: [WorkerHeartbeatsService],
})
export class SystemModule {}
