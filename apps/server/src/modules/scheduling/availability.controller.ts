import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi';
import { StaffOnly } from '../auth/staff-auth.guard';
import { AppointmentsService } from './appointments.service';
import { availabilityQueryOf, ListAvailabilityQuery } from './public-bookings.dto';
import { AvailabilityResponse } from './public-bookings.response';

@ApiTags('appointments')
@StaffOnly()
@Controller('availability')
export class AvailabilityController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Free slots of any type for staff to offer: not limited to online types, suspensions or minimum notice' })
  @ApiOkResponse({ description: 'the free slots and the first offer' })
  @ApiErrors(400)
  freeSlots(@Query() query: ListAvailabilityQuery): Promise<AvailabilityResponse> {
    return this.appointments.freeSlots(availabilityQueryOf(query));
  }
}
