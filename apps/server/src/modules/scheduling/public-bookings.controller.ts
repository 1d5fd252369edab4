import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdempotencyKey } from '../../common/validation/idempotency-key.decorator';
import { ApiError, ApiErrors } from '../../http/openapi';
import { BookingsService } from './bookings.service';
import { availabilityQueryOf, CreateBookingDto, ListAvailabilityQuery, ManageBookingQuery, RescheduleBookingDto } from './public-bookings.dto';
import { PublicOfficesService } from '../settings/public-offices.service';
import { AvailabilityResponse, BookingResponse, PublicAppointmentTypeResponse, PublicOfficeResponse, toBookingResponse, toPublicOfficeResponse } from './public-bookings.response';
import { PublicSchedulingService } from './public-scheduling.service';

/** The residents' endpoints: stable, because council websites integrate with them. Rate limited. */
@ApiTags('public')
@ApiErrors(429)
@Controller('public')
export class PublicBookingsController {
  constructor(
    private readonly publicScheduling: PublicSchedulingService,
    private readonly bookings: BookingsService,
    private readonly publicOffices: PublicOfficesService,
  ) {}

  @Get('appointment-types')
  @ApiOperation({ summary: 'Appointment types residents can book online, with targets, or the suspension message' })
  @ApiOkResponse({ description: 'the online types' })
  appointmentTypes(): Promise<PublicAppointmentTypeResponse[]> {
    return this.publicScheduling.onlineTypes();
  }

  @Get('offices')
  @ApiOperation({ summary: 'The register offices by name: address and public telephone number (null where an office has none)' })
  @ApiOkResponse({ description: 'the offices' })
  async offices(): Promise<PublicOfficeResponse[]> {
    return (await this.publicOffices.list()).map(toPublicOfficeResponse);
  }

  @Get('availability')
  @ApiOperation({ summary: 'Free slots of a type from a day, and the first offer' })
  @ApiOkResponse({ description: 'the free slots and the first offer' })
  @ApiErrors(400)
  availability(@Query() query: ListAvailabilityQuery): Promise<AvailabilityResponse> {
    return this.publicScheduling.freeSlots(availabilityQueryOf(query));
  }

  @Post('bookings')
  @HttpCode(201)
  @ApiOperation({ summary: 'Book a slot; a retried submission with the same Idempotency-Key returns the same booking' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1 to 100 letters, digits, - or _ (a UUID works)', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,100}$' } })
  @ApiCreatedResponse({ description: 'booked: the reference, the manage token for the resident\'s link and the appointment' })
  @ApiErrors(400, 413, 415, 422)
  @ApiError(403, 'the type cannot be booked online, or online booking of it is suspended (the message says what to do instead)')
  @ApiError(409, 'slot-unavailable: the slot was taken or is no longer offered')
  async book(@IdempotencyKey() idempotencyKey: string | undefined, @Body() body: CreateBookingDto): Promise<BookingResponse> {
    const booking = await this.bookings.book({
      slotId: body.slotId,
      typeCode: body.type,
      resident: body.resident,
      channel: 'online',
      ...(body.eventDate ? { eventDate: body.eventDate } : {}),
      ...(body.paperworkReadyAt ? { paperworkReadyAt: new Date(body.paperworkReadyAt) } : {}),
      ...(body.babies ? { babies: body.babies } : {}),
      ...(body.tellUsOnce ? { tellUsOnce: true } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    return toBookingResponse(booking);
  }

  @Get('bookings/:reference')
  @ApiOperation({ summary: 'View a booking through the link in its confirmation' })
  @ApiOkResponse({ description: 'the booking' })
  @ApiErrors(400, 404)
  async find(@Param('reference') reference: string, @Query() query: ManageBookingQuery): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.find(reference, query.token));
  }

  @Patch('bookings/:reference')
  @ApiOperation({ summary: 'Move a booking to another slot; the old time is freed only if the new one is taken' })
  @ApiOkResponse({ description: 'the booking at its new time' })
  @ApiErrors(400, 404, 413, 415)
  @ApiError(409, 'booking-not-changeable, too-late-to-change (inside the type\'s minimum notice: the message says whom to call) or slot-unavailable')
  async reschedule(@Param('reference') reference: string, @Query() query: ManageBookingQuery, @Body() body: RescheduleBookingDto): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.reschedule(reference, query.token, body.slotId));
  }

  @Delete('bookings/:reference')
  @ApiOperation({ summary: 'Cancel a booking; its time becomes free' })
  @ApiOkResponse({ description: 'the booking, cancelled' })
  @ApiErrors(400, 404)
  @ApiError(409, 'booking-not-changeable, or too-late-to-change (inside the type\'s minimum notice: the message says whom to call)')
  async cancel(@Param('reference') reference: string, @Query() query: ManageBookingQuery): Promise<BookingResponse> {
    return toBookingResponse(await this.bookings.cancel(reference, query.token));
  }
}
