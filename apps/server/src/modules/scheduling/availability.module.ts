import { Module } from '@nestjs/common';
import { DiaryTimeModule } from '../diaries/diary-time.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { AvailabilityService } from './availability.service';
import { SchedulingRepository } from './scheduling.repository';

/**
 * Free slots and first offers from the diaries' time and the managers' closures, with the
 * scheduling repository: for the API and the worker's capacity monitor (no controllers, so no login).
 */
@Module({
  imports: [DiaryTimeModule, SettingsReadModule],
  providers: [SchedulingRepository, AvailabilityService],
  exports: [SchedulingRepository, AvailabilityService, DiaryTimeModule, SettingsReadModule],
})
export class AvailabilityModule {}
