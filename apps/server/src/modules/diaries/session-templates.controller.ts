import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { GenerateSessionsDto, SaveSessionTemplateDto } from './session-templates.dto';
import { SessionTemplateResponse, toSessionTemplateResponse } from './session-templates.response';
import { GenerationReport, SessionTemplatesService, TEMPLATE_FILTERS, TEMPLATE_SORT_FIELDS } from './session-templates.service';

@ApiTags('session-templates')
@StaffOnly()
@Controller('session-templates')
export class SessionTemplatesController {
  constructor(private readonly templates: SessionTemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'The weekly rota (simple-rest list: sort, range, filter id, registrarId, officeId, weekday, active)' })
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SessionTemplateResponse[]> {
    const spec = { resource: 'session-templates', sortable: TEMPLATE_SORT_FIELDS, filterable: TEMPLATE_FILTERS, defaultSort: 'weekday' } as const;
    return answerList(raw, response, spec, (query) => this.templates.list(query), toSessionTemplateResponse);
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Add a session to the weekly rota: managers and admins' })
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSessionTemplateDto): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSessionTemplateDto): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove a rota session; sessions already opened from it stay in the diary' })
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.remove(actor, id));
  }

  @Post('generate')
  @HttpCode(200)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Open sessions from every active template for N weeks, skipping bank holidays, closures and existing sessions' })
  generate(@CurrentStaff() actor: StaffPrincipal, @Body() body: GenerateSessionsDto): Promise<GenerationReport> {
    return this.templates.generate(actor, body.fromDay, body.weeks);
  }
}
