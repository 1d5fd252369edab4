import { Module } from '@nestjs/common';
import { WorkerHeartbeatRepository } from './worker-heartbeat.repository';

/** What the API needs of the system work: reading when a worker last reported in. */
@Module({
  providers: [WorkerHeartbeatRepository],
  exports: [WorkerHeartbeatRepository],
})
export class SystemModule {}
