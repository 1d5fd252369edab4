import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
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
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<ClosureResponse[]> {
    const spec = { resource: 'closures', sortable: CLOSURE_SORT_FIELDS, filterable: CLOSURE_FILTERS, defaultSort: 'day' } as const;
    return answerList(raw, response, spec, (query) => this.closures.list(query), toClosureResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Close the whole service for a day: managers and admins' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveClosureDto): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveClosureDto): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<ClosureResponse> {
    return toClosureResponse(await this.closures.remove(actor, id));
  }
}
