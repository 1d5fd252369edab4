import { Module } from '@nestjs/common';
import { SchedulingReadModule } from '../scheduling/scheduling-read.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { StaffDirectoryModule } from '../staff/staff-directory.module';
import { ComplianceEventsRepository } from './compliance-events.repository';
import { ComplianceSnapshots } from './compliance-snapshots';
import { ComplianceService } from './compliance.service';
import { SatisfactionAnswersModule } from './satisfaction-answers.module';

/** Scoring from the records, for the API's reports and the worker's nightly snapshot (no controllers, so no login). */
@Module({
  imports: [SettingsReadModule, SchedulingReadModule, StaffDirectoryModule, SatisfactionAnswersModule],
  providers: [ComplianceService, ComplianceEventsRepository, ComplianceSnapshots],
  exports: [ComplianceService, ComplianceSnapshots],
})
export class ComplianceScoringModule {}
