import { Module } from '@nestjs/common';
import { LinkSigner } from '../../common/security/link-signer';
import { AuditModule } from '../audit/audit.module';
import { SatisfactionAnswersModule } from '../compliance/satisfaction-answers.module';
import { SettingsReadModule } from '../settings/settings-read.module';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';
import { AvailabilityController } from './availability.controller';
import { AvailabilityModule } from './availability.module';
import { BookingsService } from './bookings.service';
import { AppointmentMessagesModule } from './messages/appointment-messages.module';
import { PublicBookingsController } from './public-bookings.controller';
import { PublicSchedulingService } from './public-scheduling.service';
import { RequestsController } from './requests.controller';
import { RequestTargets } from './request-targets';
import { RequestsService } from './requests.service';
import { ResidentAccess } from './resident-access';
import { SatisfactionService } from './satisfaction.service';

@Module({
  imports: [AuditModule, SettingsReadModule, AppointmentMessagesModule, AvailabilityModule, SatisfactionAnswersModule],
  controllers: [PublicBookingsController, AppointmentsController, AvailabilityController, RequestsController],
  providers: [AppointmentsService, RequestsService, BookingsService, PublicSchedulingService, RequestTargets, LinkSigner, ResidentAccess, SatisfactionService],
  exports: [BookingsService, SatisfactionService],
})
export class SchedulingModule {}
