import { Module } from '@nestjs/common';
import { AvailabilityService } from './availability.service';
import { SchedulingRepository } from './scheduling.repository';

/** Free slots and first offers, for the API and for the worker's capacity monitor (no controllers, so no login). */
@Module({
  providers: [SchedulingRepository, AvailabilityService],
  exports: [SchedulingRepository, AvailabilityService],
})
export class AvailabilityModule {}
