import { Module } from '@nestjs/common';
import { ComplianceEventsRepository } from './compliance-events.repository';
import { ComplianceSnapshots } from './compliance-snapshots';
import { ComplianceService } from './compliance.service';

/** Scoring from the records, for the API's reports and the worker's nightly snapshot (no controllers, so no login). */
@Module({
  providers: [ComplianceService, ComplianceEventsRepository, ComplianceSnapshots],
  exports: [ComplianceService, ComplianceSnapshots],
})
export class ComplianceScoringModule {}
