import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionTemplatesController } from './session-templates.controller';
import { SessionTemplatesService } from './session-templates.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuditModule],
  controllers: [SessionsController, SessionTemplatesController],
  providers: [SessionsService, SessionTemplatesService],
  exports: [SessionsService],
})
export class DiariesModule {}
