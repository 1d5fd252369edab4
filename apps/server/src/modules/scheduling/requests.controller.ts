import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { UpdateRequestDto } from './requests.dto';
import { RequestResponse } from './requests.response';
import { REQUEST_FILTERS, REQUEST_SORT_FIELDS, RequestsService } from './requests.service';

@ApiTags('requests')
@StaffOnly()
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Get()
  @ApiOperation({ summary: 'Appointment requests with their first offer, deadline and whether it was met (filter typeCode, channel, coronerReferral, eventDateMissing: deaths with no date of death to follow up, serviceDay_gte, serviceDay_lte)' })
  @ApiListQuery(REQUEST_SORT_FIELDS, REQUEST_FILTERS)
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<RequestResponse[]> {
    const spec = { resource: 'requests', sortable: REQUEST_SORT_FIELDS, filterable: REQUEST_FILTERS, defaultSort: 'requestedAt' } as const;
    return answerList(raw, response, spec, (query) => this.requests.list(query), (row) => row);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One appointment request' })
  @ApiOkResponse({ description: 'the request' })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<RequestResponse> {
    return this.requests.get(id);
  }

  @Put(':id')
  @StaffOnly('registrar', 'superintendent-registrar', 'manager')
  @ApiOperation({ summary: 'Record a coroner referral, when still-birth paperwork was in place, or the date of the event (a death given its date is no longer eventDateMissing)' })
  @ApiOkResponse({ description: 'the request as changed' })
  @ApiErrors(400, 403, 404, 413, 415)
  update(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() body: UpdateRequestDto): Promise<RequestResponse> {
    return this.requests.update(actor, id, body);
  }
}
