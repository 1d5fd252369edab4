import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
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
  @ApiListQuery(OFFICE_SORT_FIELDS, OFFICE_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<OfficeResponse[]> {
    const spec = { resource: 'offices', sortable: OFFICE_SORT_FIELDS, filterable: OFFICE_FILTERS, defaultSort: 'name' } as const;
    return answerList(raw, response, spec, (query) => this.offices.list(query), toOfficeResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One office' })
  @ApiOkResponse({ description: 'the office' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Open an office: managers and admins' })
  @ApiCreatedResponse({ description: 'the office' })
  @ApiErrors(400, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveOfficeDto): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change a office: managers and admins' })
  @ApiOkResponse({ description: 'the office as changed' })
  @ApiErrors(400, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveOfficeDto): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove an office no diary session or rota template uses' })
  @ApiOkResponse({ description: 'the office removed' })
  @ApiErrors(404, 409)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<OfficeResponse> {
    return toOfficeResponse(await this.offices.remove(actor, id));
  }
}
