import { Module } from '@nestjs/common';
import { LinkSigner } from '../../common/security/link-signer';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { BookingsService } from './bookings.service';
import { PublicBookingsController } from './public-bookings.controller';
import { PublicSchedulingService } from './public-scheduling.service';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { SchedulingRepository } from './scheduling.repository';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [PublicBookingsController, AppointmentsController, AvailabilityController, RequestsController],
  providers: [AppointmentsService, RequestsService, SchedulingRepository, AvailabilityService, BookingsService, PublicSchedulingService, LinkSigner],
  exports: [BookingsService, AvailabilityService],
})
export class SchedulingModule {}
