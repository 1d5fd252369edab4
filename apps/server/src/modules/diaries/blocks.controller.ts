import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveBlockDto } from './blocks.dto';
import { BlockResponse, toBlockResponse } from './blocks.response';
import { BLOCK_FILTERS, BLOCK_SORT_FIELDS, BlocksService } from './blocks.service';

@ApiTags('blocks')
@StaffOnly()
@Controller('blocks')
export class BlocksController {
  constructor(private readonly blocks: BlocksService) {}

  @Get()
  @ApiOperation({
    summary: 'Blocked time in sessions: leave, training (simple-rest list: filter id (one or a list), sessionId, registrarId, day, day_gte and day_lte (London days, inclusive, at most 366 days))',
  })
  @ApiListQuery(BLOCK_SORT_FIELDS, BLOCK_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<BlockResponse[]> {
    const spec = { resource: 'blocks', sortable: BLOCK_SORT_FIELDS, filterable: BLOCK_FILTERS, defaultSort: 'startsAt' } as const;
    return answerList(raw, response, spec, (query) => this.blocks.list(query), toBlockResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One blocked time' })
  @ApiOkResponse({ description: 'the blocked time' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.get(id));
  }

  @Post()
  @ApiOperation({ summary: 'Block time in a session (registrars in their own diary, managers in any); refused over booked appointments' })
  @ApiCreatedResponse({ description: 'the blocked time' })
  @ApiErrors(400, 403, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveBlockDto): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.create(actor, body));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change blocked time (registrars in their own diary, managers in any)' })
  @ApiOkResponse({ description: 'the blocked time as changed' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveBlockDto): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.update(actor, id, body));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Free blocked time for booking again' })
  @ApiOkResponse({ description: 'the blocked time removed' })
  @ApiErrors(403, 404)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.remove(actor, id));
  }
}
