import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DiaryTimeModule } from '../diaries/diary-time.module';
import { AppointmentTypesController } from './appointment-types.controller';
import { AppointmentTypesService } from './appointment-types.service';
import { ClosuresController } from './closures.controller';
import { ClosuresService } from './closures.service';
import { OfficeClosuresController } from './office-closures.controller';
import { OfficeClosuresService } from './office-closures.service';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';
import { SuspensionsController } from './suspensions.controller';
import { SuspensionsService } from './suspensions.service';

/** What managers set up: offices, closures, suspensions of online booking and the appointment types. */
@Module({
  imports: [AuditModule, DiaryTimeModule],
  controllers: [OfficesController, ClosuresController, OfficeClosuresController, SuspensionsController, AppointmentTypesController],
  providers: [OfficesService, ClosuresService, OfficeClosuresService, SuspensionsService, AppointmentTypesService],
  exports: [OfficesService, ClosuresService, OfficeClosuresService, SuspensionsService, AppointmentTypesService],
})
export class SettingsModule {}
