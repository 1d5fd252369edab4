import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { SaveSessionDto } from './sessions.dto';
import { SessionResponse, toSessionResponse } from './sessions.response';
import { SESSION_FILTERS, SESSION_SORT_FIELDS, SessionsService } from './sessions.service';

@ApiTags('sessions')
@StaffOnly()
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({ summary: 'Diary sessions (simple-rest list: sort, range, filter registrarId, officeId, day, day_gte, day_lte)' })
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SessionResponse[]> {
    const spec = { resource: 'sessions', sortable: SESSION_SORT_FIELDS, filterable: SESSION_FILTERS, defaultSort: 'day' } as const;
    return answerList(raw, response, spec, (query) => this.sessions.list(query), toSessionResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.get(id));
  }

  @Post()
  @ApiOperation({ summary: 'Open a session: registrars in their own diary, managers in any' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSessionDto): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.create(actor, body));
  }

  @Put(':id')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSessionDto): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.update(actor, id, body));
  }

  @Delete(':id')
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.remove(actor, id));
  }
}
