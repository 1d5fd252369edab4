import { Module } from '@nestjs/common';
import { ComplianceScoringModule } from './compliance-scoring.module';
import { ComplianceController } from './compliance.controller';

@Module({
  imports: [ComplianceScoringModule],
  controllers: [ComplianceController],
})
export class ComplianceModule {}
