import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({ imports: [AuditModule, SettingsReadModule], controllers: [StaffController], providers: [StaffService] })
export class StaffModule {}
