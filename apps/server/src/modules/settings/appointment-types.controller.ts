import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { UpdateAppointmentTypeDto } from './appointment-types.dto';
import { AppointmentTypeResponse, toAppointmentTypeResponse } from './appointment-types.response';
import { APPOINTMENT_TYPE_FILTERS, APPOINTMENT_TYPE_SORT_FIELDS, AppointmentTypesService } from './appointment-types.service';

/** No POST or DELETE: the appointment type codes are fixed. */
@ApiTags('appointment-types')
@StaffOnly()
@Controller('appointment-types')
export class AppointmentTypesController {
  constructor(private readonly types: AppointmentTypesService) {}

  @Get()
  @ApiOperation({ summary: 'Appointment types, id = code (simple-rest list: sort, range, filter id, onlineBookable)' })
  @ApiListQuery(APPOINTMENT_TYPE_SORT_FIELDS, APPOINTMENT_TYPE_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AppointmentTypeResponse[]> {
    const spec = { resource: 'appointment-types', sortable: APPOINTMENT_TYPE_SORT_FIELDS, filterable: APPOINTMENT_TYPE_FILTERS, defaultSort: 'code' } as const;
    return answerList(raw, response, spec, (query) => this.types.list(query), toAppointmentTypeResponse);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One appointment type, by its code' })
  @ApiOkResponse({ description: 'the appointment type' })
  @ApiErrors(404)
  async get(@Param('code') code: string): Promise<AppointmentTypeResponse> {
    return toAppointmentTypeResponse(await this.types.get(code));
  }

  @Put(':code')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change durations, targets, booking rules and documents to bring: managers and admins' })
  @ApiOkResponse({ description: 'the appointment type as changed' })
  @ApiErrors(400, 404, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('code') code: string, @Body() body: UpdateAppointmentTypeDto): Promise<AppointmentTypeResponse> {
    return toAppointmentTypeResponse(await this.types.update(actor, code, body));
  }
}
