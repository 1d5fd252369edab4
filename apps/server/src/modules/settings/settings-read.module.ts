import { Module } from '@nestjs/common';
import { AppointmentTypesReader } from './appointment-types.reader';
import { ClosureDaysService } from './closure-days.service';
import { OfficesDirectory } from './offices.directory';
import { PublicOfficesService } from './public-offices.service';

/** What other modules read of the managers' settings, with no controllers: for the API and the worker alike. */
@Module({
  providers: [AppointmentTypesReader, ClosureDaysService, OfficesDirectory, PublicOfficesService],
  exports: [AppointmentTypesReader, ClosureDaysService, OfficesDirectory, PublicOfficesService],
})
export class SettingsReadModule {}
