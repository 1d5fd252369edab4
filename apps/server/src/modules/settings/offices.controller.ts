import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveOfficeDto } from './offices.dto';
import { OfficeResponse, toOfficeResponse } from './offices.response';
import { OFFICE_FILTERS, OFFICE_SORT_FIELDS, OfficesService } from './offices.service';

@ApiTags('offices')
@StaffOnly()
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @ApiOperation({ summary: 'Register offices (simple-rest list: sort, range, filter id, name)' })
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<OfficeResponse[]> {
    const spec = { resource: 'offices', sortable: OFFICE_SORT_FIELDS, filterable: OFFICE_FILTERS, defaultSort: 'name' } as const;
    return answerList(raw, response, spec, (query) => this.offices.list(query), toOfficeResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Open an office: managers and admins' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveOfficeDto): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveOfficeDto): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove an office no diary session or rota template uses' })
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.remove(actor, id));
  }
}
