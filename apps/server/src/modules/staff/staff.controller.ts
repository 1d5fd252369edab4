import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { CreateStaffDto, UpdateStaffDto } from './staff.dto';
import { StaffResponse, toStaffResponse } from './staff.response';
import { STAFF_FILTERS, STAFF_SORT_FIELDS, StaffService } from './staff.service';

@ApiTags('staff')
@StaffOnly()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: 'Staff accounts (simple-rest list: filter id, active)' })
  @ApiListQuery(STAFF_SORT_FIELDS, STAFF_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<StaffResponse[]> {
    const spec = { resource: 'staff', sortable: STAFF_SORT_FIELDS, filterable: STAFF_FILTERS, defaultSort: 'name' } as const;
    return answerList(raw, response, spec, (query) => this.staff.list(query), toStaffResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One staff account' })
  @ApiOkResponse({ description: 'the staff account' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.get(id));
  }

  @Post()
  @StaffOnly('admin')
  @ApiOperation({ summary: 'Create a staff account (admins)' })
  @ApiCreatedResponse({ description: 'the staff account' })
  @ApiErrors(400, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: CreateStaffDto): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('admin')
  @ApiOperation({ summary: 'Change, deactivate or reset the password of a staff account (admins)' })
  @ApiOkResponse({ description: 'the staff account as changed' })
  @ApiErrors(400, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: UpdateStaffDto): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.update(actor, id, body));
  }
}
