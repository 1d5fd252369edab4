import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Allow, IsIn, IsOptional } from 'class-validator';
import { answerList, RawListQuery } from '../../common/pagination/list-query';
import { ApiError, ApiErrors, ApiListQuery } from '../../http/openapi';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { AlertResponse, MessageResponse, toAlertResponse, toMessageResponse } from './messages.response';
import { ALERT_FILTERS, ALERT_SORT_FIELDS, MESSAGE_FILTERS, MESSAGE_SORT_FIELDS, MessagesService } from './messages.service';

export class ResolveAlertDto {
  @ApiPropertyOptional({ enum: [true], description: 'true marks the alert dealt with; the other fields of the alert are ignored' })
  @IsOptional()
  @IsIn([true], { message: 'resolved can only be set to true' })
  resolved?: true;

  @Allow() id?: unknown;
  @Allow() kind?: unknown;
  @Allow() summary?: unknown;
  @Allow() appointmentId?: unknown;
  @Allow() raisedAt?: unknown;
  @Allow() resolvedAt?: unknown;
  @Allow() resolvedBy?: unknown;
}

@ApiTags('messages')
@StaffOnly()
@Controller()
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get('messages')
  @ApiOperation({
    summary:
      'Every message to residents and staff with its status: queued, sent, failed (retrying), gave-up, cancelled (filter id, appointmentId, status (one or a list), kind, audience; sort attention: failed and gave-up first, then queued, then the rest, newest due first in each)',
  })
  @ApiListQuery(MESSAGE_SORT_FIELDS, MESSAGE_FILTERS)
  listMessages(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<MessageResponse[]> {
    const spec = { resource: 'messages', sortable: MESSAGE_SORT_FIELDS, filterable: MESSAGE_FILTERS, defaultSort: 'dueAt' } as const;
    return answerList(raw, response, spec, (query) => this.messages.listMessages(query), toMessageResponse);
  }

  @Get('messages/:id')
  @ApiOperation({ summary: 'One message, with its status' })
  @ApiOkResponse({ description: 'the message' })
  @ApiErrors(404)
  async getMessage(@Param('id') id: string): Promise<MessageResponse> {
    return toMessageResponse(await this.messages.getMessage(id));
  }

  @Post('messages/:id/resend')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Send a failed, given-up or sent message again now, through the outbox under a job id of its own (<key>-resend-<n>): registrars for appointments in their own diary, managers any message',
  })
  @ApiOkResponse({ description: 'the message, queued to go again' })
  @ApiError(409, 'message-not-resendable: the message is still queued, or was cancelled by a change to its appointment')
  @ApiErrors(403, 404)
  async resendMessage(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string): Promise<MessageResponse> {
    return toMessageResponse(await this.messages.resendMessage(actor, id));
  }

  @Get('alerts')
  @ApiOperation({ summary: 'Escalations, capacity warnings and undeliverable messages for staff to act on (filter kind, appointmentId, open)' })
  @ApiListQuery(ALERT_SORT_FIELDS, ALERT_FILTERS)
  listAlerts(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<AlertResponse[]> {
    const spec = { resource: 'alerts', sortable: ALERT_SORT_FIELDS, filterable: ALERT_FILTERS, defaultSort: 'raisedAt' } as const;
    return answerList(raw, response, spec, (query) => this.messages.listAlerts(query), toAlertResponse);
  }

  @Put('alerts/:id')
  @ApiOperation({ summary: 'Mark an alert dealt with' })
  @ApiOkResponse({ description: 'the alert, resolved' })
  @ApiErrors(400, 404, 413, 415)
  async resolveAlert(@CurrentStaff() actor: StaffPrincipal, @Param('id') id: string, @Body() _body: ResolveAlertDto): Promise<AlertResponse> {
    return toAlertResponse(await this.messages.resolveAlert(actor, id));
  }
}
