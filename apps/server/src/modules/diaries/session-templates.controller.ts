import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
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
  @ApiListQuery(TEMPLATE_SORT_FIELDS, TEMPLATE_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<SessionTemplateResponse[]> {
    const spec = { resource: 'session-templates', sortable: TEMPLATE_SORT_FIELDS, filterable: TEMPLATE_FILTERS, defaultSort: 'weekday' } as const;
    return answerList(raw, response, spec, (query) => this.templates.list(query), toSessionTemplateResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One rota session' })
  @ApiOkResponse({ description: 'the rota session' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.get(id));
  }

  @Post()
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Add a session to the weekly rota: managers and admins' })
  @ApiCreatedResponse({ description: 'the rota session' })
  @ApiErrors(400, 409, 413, 415)
  async create(@CurrentStaff() actor: StaffPrincipal, @Body() body: SaveSessionTemplateDto): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.create(actor, body));
  }

  @Put(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change a rota session: managers and admins; sessions already opened from it stay as they are' })
  @ApiOkResponse({ description: 'the rota session as changed' })
  @ApiErrors(400, 404, 409, 413, 415)
  async update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: SaveSessionTemplateDto): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.update(actor, id, body));
  }

  @Delete(':id')
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Remove a rota session; sessions already opened from it stay in the diary' })
  @ApiOkResponse({ description: 'the rota session removed' })
  @ApiErrors(404)
  async remove(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<SessionTemplateResponse> {
    return toSessionTemplateResponse(await this.templates.remove(actor, id));
  }

  @Post('generate')
  @HttpCode(200)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Open sessions from every active template for N weeks, skipping bank holidays, closures and existing sessions' })
  @ApiOkResponse({ description: 'how many sessions were opened (created) and how many were skipped' })
  @ApiErrors(400, 413, 415)
  generate(@CurrentStaff() actor: StaffPrincipal, @Body() body: GenerateSessionsDto): Promise<GenerationReport> {
    return this.templates.generate(actor, body.fromDay, body.weeks);
  }
}
