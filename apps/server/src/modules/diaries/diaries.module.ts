import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { StaffDirectoryModule } from '../staff/staff-directory.module';
import { DiaryTimeModule } from './diary-time.module';
import { SessionShapeRules } from './session-shape.rules';
import { BlocksController } from './blocks.controller';
import { BlocksService } from './blocks.service';
import { SessionTemplatesController } from './session-templates.controller';
import { SessionTemplatesService } from './session-templates.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuditModule, DiaryTimeModule, SettingsReadModule, StaffDirectoryModule],
  controllers: [SessionsController, SessionTemplatesController, BlocksController],
  providers: [SessionsService, SessionTemplatesService, BlocksService, SessionShapeRules],
  exports: [SessionsService],
})
export class DiariesModule {}
