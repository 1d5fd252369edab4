import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { parseListQuery, RawListQuery, setContentRange } from '../../common/pagination/list-query';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { UpdateAppointmentDto } from './appointments.dto';
import { AppointmentResponse } from './appointments.response';
import { APPOINTMENT_FILTERS, APPOINTMENT_SORT_FIELDS, AppointmentsService } from './appointments.service';

@ApiTags('appointments')
@StaffOnly()
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Appointments (simple-rest list: filter registrarId, officeId, status, reference, day)' })
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AppointmentResponse[]> {
    const query = parseListQuery(raw, APPOINTMENT_SORT_FIELDS, APPOINTMENT_FILTERS, 'startsAt');
    const [appointments, total] = await this.appointments.list(query);
    setContentRange(response, 'appointments', query.skip, appointments.length, total);
    return appointments;
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<AppointmentResponse> {
    return this.appointments.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Mark attended, did not attend or registered, or change notes: registrars in their own diary' })
  update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: UpdateAppointmentDto): Promise<AppointmentResponse> {
    return this.appointments.update(actor, id, body);
  }
}
