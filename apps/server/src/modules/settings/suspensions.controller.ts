import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveSuspensionDto } from './suspensions.dto';
import { SuspensionResponse, toSuspensionResponse } from './suspensions.response';
import { SUSPENSION_FILTERS, SUSPENSION_SORT_FIELDS, SuspensionsService } from './suspensions.service';

@ApiTags('suspensions')
@StaffOnly()
@Controller('suspensions')
export class SuspensionsController {
  constructor(private readonly suspensions: SuspensionsService) {}

  @Get()
  @ApiOperation({ summary: 'Suspensions of online booking (simple-rest list: sort, range, filter id, typeCode)' })
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SuspensionResponse[]> {
    const spec = { resource: 'suspensions', sortable: SUSPENSION_SORT_FIELDS, filterable: SUSPENSION_FILTERS, defaultSort: 'fromDay' } as const;
    return answerList(raw, response, spec, (query) => this.suspensions.list(query), toSuspensionResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Suspend online booking of a type, with what residents see instead: managers and admins' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSuspensionDto): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSuspensionDto): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.remove(actor, id));
  }
}
