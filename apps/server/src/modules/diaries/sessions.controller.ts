import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
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
  @ApiOperation({ summary: 'Diary sessions (simple-rest list: sort, range, filter registrarId, officeId, day, day_gte, day_lte (inclusive, at most 366 days))' })
  @ApiListQuery(SESSION_SORT_FIELDS, SESSION_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SessionResponse[]> {
    const spec = { resource: 'sessions', sortable: SESSION_SORT_FIELDS, filterable: SESSION_FILTERS, defaultSort: 'day' } as const;
    return answerList(raw, response, spec, (query) => this.sessions.list(query), toSessionResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One diary session' })
  @ApiOkResponse({ description: 'the session' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.get(id));
  }

  @Post()
  @ApiOperation({ summary: 'Open a session: registrars in their own diary, managers in any; never on a bank holiday, a service closure day or a day its office is closed (409 session-on-closed-day)' })
  @ApiCreatedResponse({ description: 'the session' })
  @ApiErrors(400, 403, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSessionDto): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.create(actor, body));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a session: registrars in their own diary, managers in any; never onto a bank holiday or closed day (409 session-on-closed-day)' })
  @ApiOkResponse({ description: 'the session as changed' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSessionDto): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.update(actor, id, body));
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Close a session with no booked appointments' })
  @ApiOkResponse({ description: 'the session removed' })
  @ApiErrors(403, 404, 409)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SessionResponse> {
    return toSessionResponse(await this.sessions.remove(actor, id));
  }
}
