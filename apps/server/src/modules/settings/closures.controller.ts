import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveClosureDto } from './closures.dto';
import { ClosureResponse, toClosureResponse } from './closures.response';
import { CLOSURE_FILTERS, CLOSURE_SORT_FIELDS, ClosuresService } from './closures.service';

@ApiTags('closures')
@StaffOnly()
@Controller('closures')
export class ClosuresController {
  constructor(private readonly closures: ClosuresService) {}

  @Get()
  @ApiOperation({ summary: 'Service-wide closure days (simple-rest list: sort, range, filter id, day_gte, day_lte)' })
  @ApiListQuery(CLOSURE_SORT_FIELDS, CLOSURE_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<ClosureResponse[]> {
    const spec = { resource: 'closures', sortable: CLOSURE_SORT_FIELDS, filterable: CLOSURE_FILTERS, defaultSort: 'day' } as const;
    return answerList(raw, response, spec, (query) => this.closures.list(query), toClosureResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One service closure' })
  @ApiOkResponse({ description: 'the service closure' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Close the whole service for a day: managers and admins' })
  @ApiCreatedResponse({ description: 'the service closure' })
  @ApiErrors(400, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveClosureDto): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change a service closure: managers and admins' })
  @ApiOkResponse({ description: 'the service closure as changed' })
  @ApiErrors(400, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveClosureDto): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove a service closure: managers and admins' })
  @ApiOkResponse({ description: 'the service closure removed' })
  @ApiErrors(404)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.remove(actor, id));
  }
}
