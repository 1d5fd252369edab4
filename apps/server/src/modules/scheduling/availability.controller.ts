import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiError, ApiErrors } from '../../http/openapi';
import { StaffOnly } from '../auth/staff-auth.guard';
import { AppointmentsService } from './appointments.service';
import { ListStaffAvailabilityQuery, staffAvailabilityQueryOf } from './appointments.dto';
import { AvailabilityResponse } from './public-bookings.response';

@ApiTags('appointments')
@StaffOnly()
@Controller('availability')
export class AvailabilityController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Free slots of any type for staff to offer: not limited to online types, suspensions or minimum notice. With moving=<appointment id>, the times that appointment can be moved to: its own time counts as free and each slot is as long as it is',
  })
  @ApiOkResponse({ description: 'the free slots and the first offer' })
  @ApiError(404, 'appointment-not-found: moving names no appointment')
  @ApiError(409, 'booking-not-changeable: the appointment being moved is no longer booked')
  @ApiErrors(400)
  freeSlots(@Query() query: ListStaffAvailabilityQuery): Promise<AvailabilityResponse> {
    return this.appointments.freeSlots(staffAvailabilityQueryOf(query));
  }
}
