import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BlocksController } from './blocks.controller';
import { BlocksService } from './blocks.service';
import { SessionTemplatesController } from './session-templates.controller';
import { SessionTemplatesService } from './session-templates.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [AuditModule],
  controllers: [SessionsController, SessionTemplatesController, BlocksController],
  providers: [SessionsService, SessionTemplatesService, BlocksService],
  exports: [SessionsService],
})
export class DiariesModule {}
