import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
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
  @ApiListQuery(SUSPENSION_SORT_FIELDS, SUSPENSION_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SuspensionResponse[]> {
    const spec = { resource: 'suspensions', sortable: SUSPENSION_SORT_FIELDS, filterable: SUSPENSION_FILTERS, defaultSort: 'fromDay' } as const;
    return answerList(raw, response, spec, (query) => this.suspensions.list(query), toSuspensionResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One suspension of online booking' })
  @ApiOkResponse({ description: 'the suspension of online booking' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Suspend online booking of a type, with what residents see instead: managers and admins' })
  @ApiCreatedResponse({ description: 'the suspension of online booking' })
  @ApiErrors(400, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSuspensionDto): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change a suspension of online booking: managers and admins' })
  @ApiOkResponse({ description: 'the suspension of online booking as changed' })
  @ApiErrors(400, 404, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSuspensionDto): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove a suspension of online booking: managers and admins' })
  @ApiOkResponse({ description: 'the suspension of online booking removed' })
  @ApiErrors(404)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SuspensionResponse> {
    return toSuspensionResponse(await this.suspensions.remove(actor, id));
  }
}
