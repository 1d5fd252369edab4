import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
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
  @ApiOperation({ summary: 'Blocked time in sessions: leave, training (simple-rest list: filter id, sessionId)' })
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<BlockResponse[]> {
    const spec = { resource: 'blocks', sortable: BLOCK_SORT_FIELDS, filterable: BLOCK_FILTERS, defaultSort: 'startsAt' } as const;
    return answerList(raw, response, spec, (query) => this.blocks.list(query), toBlockResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.get(id));
  }

  @Post()
  @ApiOperation({ summary: 'Block time in a session (registrars in their own diary, managers in any); refused over booked appointments' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveBlockDto): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.create(actor, body));
  }

  @Put(':id')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveBlockDto): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.update(actor, id, body));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Free blocked time for booking again' })
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<BlockResponse> {
    return toBlockResponse(await this.blocks.remove(actor, id));
  }
}
