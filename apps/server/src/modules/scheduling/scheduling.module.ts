import { Module } from '@nestjs/common';
import { LinkSigner } from '../../common/security/link-signer';
import { AuditModule } from '../audit/audit.module';
import { AvailabilityService } from './availability.service';
import { BookingsService } from './bookings.service';
import { PublicBookingsController } from './public-bookings.controller';
import { PublicSchedulingService } from './public-scheduling.service';
import { SchedulingRepository } from './scheduling.repository';

@Module({
  imports: [AuditModule],
  controllers: [PublicBookingsController],
  providers: [SchedulingRepository, AvailabilityService, BookingsService, PublicSchedulingService, LinkSigner],
  exports: [BookingsService, AvailabilityService],
})
export class SchedulingModule {}
