import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { parseListQuery, RawListQuery, setContentRange } from '../../common/pagination/list-query';
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
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<StaffResponse[]> {
    const query = parseListQuery(raw, STAFF_SORT_FIELDS, STAFF_FILTERS, 'name');
    const [rows, total] = await this.staff.list(query);
    setContentRange(response, 'staff', query.skip, rows.length, total);
    return rows.map(toStaffResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.get(id));
  }

  @Post()
  @StaffOnly('admin')
  @ApiOperation({ summary: 'Create a staff account (admins)' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: CreateStaffDto): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('admin')
  @ApiOperation({ summary: 'Change, deactivate or reset the password of a staff account (admins)' })
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: UpdateStaffDto): Promise<StaffResponse> {
    return toStaffResponse(await this.staff.update(actor, id, body));
  }
}
