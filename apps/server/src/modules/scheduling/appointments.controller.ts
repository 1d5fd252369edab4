import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiError, ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { CreateAppointmentDto, MoveAppointmentDto, UpdateAppointmentDto } from './appointments.dto';
import { AppointmentResponse } from './appointments.response';
import { APPOINTMENT_FILTERS, APPOINTMENT_SORT_FIELDS, AppointmentsService } from './appointments.service';

@ApiTags('appointments')
@StaffOnly()
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Appointments (simple-rest list: filter id (one or a list), registrarId, officeId, status (one or a list), status_ne (one status to leave out, e.g. cancelled), mode (telephone or face-to-face), reference, typeCode (one or a list), day, day_gte and day_lte (London days, inclusive, at most 366 days), q (in the reference or the resident’s name, any case, at most 100 characters))',
  })
  @ApiListQuery(APPOINTMENT_SORT_FIELDS, APPOINTMENT_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AppointmentResponse[]> {
    const spec = { resource: 'appointments', sortable: APPOINTMENT_SORT_FIELDS, filterable: APPOINTMENT_FILTERS, defaultSort: 'startsAt' } as const;
    return answerList(raw, response, spec, (query) => this.appointments.list(query), (row) => row);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One appointment' })
  @ApiOkResponse({ description: 'the appointment' })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<AppointmentResponse> {
    return this.appointments.get(id);
  }

  @Post()
  @HttpCode(201)
  @StaffOnly('registrar', 'superintendent-registrar', 'manager')
  @ApiOperation({ summary: 'Book for a resident on the telephone or at the counter: any type, no minimum notice; the first offer is recorded' })
  @ApiCreatedResponse({ description: 'the appointment' })
  @ApiErrors(400, 409, 413, 415)
  book(@CurrentStaff() actor: StaffPrincipal, @Body() body: CreateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.book(actor, body);
  }

  @Post(':id/move')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an appointment in your diary (managers: any) to a free slot; the old time is freed only if the new one is taken' })
  @ApiOkResponse({ description: 'the appointment at its new time' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  move(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: MoveAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.move(actor, id, body.slotId);
  }

  @Post(':id/undo-status')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Undo the last change of status, if it was made today (London) and is not a cancellation: the status before it comes back, a registration’s time is cleared, and messages planned by the change are withdrawn; registrars in their own diary (managers: any)',
  })
  @ApiOkResponse({ description: 'the appointment with its earlier status' })
  @ApiError(409, 'nothing-to-undo: the status has not changed, the change was already undone, made on an earlier day, or is a cancellation (the message says which)')
  @ApiErrors(403, 404)
  undoStatus(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<AppointmentResponse> {
    return this.appointments.undoStatus(actor, id);
  }

  @Put(':id')
  @ApiOperation({
    summary:
      'Mark attended, did not attend or registered (from the London day the appointment is held: too-early-to-mark before), cancel, or change notes: registrars in their own diary',
  })
  @ApiOkResponse({ description: 'the appointment as changed' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: UpdateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.update(actor, id, body);
  }
}
