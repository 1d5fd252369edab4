import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { StaffOnly } from '../auth/staff-auth.guard';
import { AuditEntryResponse, toAuditEntryResponse } from './audit.response';
import { AUDIT_FILTERS, AUDIT_SORT_FIELDS, AuditService } from './audit.service';

@ApiTags('audit')
@StaffOnly('manager', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Who changed what, and when: managers and admins (filter entity, entityId, actorId, actorKind, action, at_gte, at_lte)' })
  @ApiListQuery(AUDIT_SORT_FIELDS, AUDIT_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AuditEntryResponse[]> {
    const spec = { resource: 'audit', sortable: AUDIT_SORT_FIELDS, filterable: AUDIT_FILTERS, defaultSort: 'at' } as const;
    return answerList(raw, response, spec, (query) => this.audit.list(query), toAuditEntryResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit entry' })
  @ApiOkResponse({ description: 'the entry' })
  @ApiErrors(404)
  async get(@Param('id') id: string): Promise<AuditEntryResponse> {
    return toAuditEntryResponse(await this.audit.get(id));
  }
}
