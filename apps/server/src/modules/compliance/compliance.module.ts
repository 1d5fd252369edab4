import { Module } from '@nestjs/common';
import { ComplianceInputsService } from './compliance-inputs.service';
import { ComplianceScoringModule } from './compliance-scoring.module';
import { ComplianceController } from './compliance.controller';

@Module({
  imports: [ComplianceScoringModule],
  controllers: [ComplianceController],
  providers: [ComplianceInputsService],
})
export class ComplianceModule {}
