import { Module } from '@nestjs/common';
import { InstallationClaim } from './installation-claim';
import { WorkerHeartbeatsService } from './worker-heartbeats.service';

/** What the API and the worker need of the system work: when a worker last reported in, and this installation's claim on the queue prefix. */
@Module({
  providers: [WorkerHeartbeatsService, InstallationClaim],
  exports: [WorkerHeartbeatsService],
})
export class SystemModule {}
