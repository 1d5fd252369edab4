import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveOfficeClosureDto } from './office-closures.dto';
import { OfficeClosureResponse, toOfficeClosureResponse } from './office-closures.response';
import { OFFICE_CLOSURE_FILTERS, OFFICE_CLOSURE_SORT_FIELDS, OfficeClosuresService } from './office-closures.service';

@ApiTags('office-closures')
@StaffOnly()
@Controller('office-closures')
export class OfficeClosuresController {
  constructor(private readonly closures: OfficeClosuresService) {}

  @Get()
  @ApiOperation({ summary: 'Days one office is closed (simple-rest list: sort, range, filter id, officeId, day_gte, day_lte)' })
  @ApiListQuery(OFFICE_CLOSURE_SORT_FIELDS, OFFICE_CLOSURE_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<OfficeClosureResponse[]> {
    const spec = { resource: 'office-closures', sortable: OFFICE_CLOSURE_SORT_FIELDS, filterable: OFFICE_CLOSURE_FILTERS, defaultSort: 'day' } as const;
    return answerList(raw, response, spec, (query) => this.closures.list(query), toOfficeClosureResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One office closure' })
  @ApiOkResponse({ description: 'the office closure' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<OfficeClosureResponse> {
    return toOfficeClosureResponse(await this.closures.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Close one office for a day: managers and admins' })
  @ApiCreatedResponse({ description: 'the office closure' })
  @ApiErrors(400, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveOfficeClosureDto): Promise<OfficeClosureResponse> {
    return toOfficeClosureResponse(await this.closures.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change a office closure: managers and admins' })
  @ApiOkResponse({ description: 'the office closure as changed' })
  @ApiErrors(400, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveOfficeClosureDto): Promise<OfficeClosureResponse> {
    return toOfficeClosureResponse(await this.closures.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove a office closure: managers and admins' })
  @ApiOkResponse({ description: 'the office closure removed' })
  @ApiErrors(404)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<OfficeClosureResponse> {
    return toOfficeClosureResponse(await this.closures.remove(actor, id));
  }
}
