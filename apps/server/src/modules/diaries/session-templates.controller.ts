import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { GenerateSessionsDto } from './session-templates.dto';
import { GenerationReport, SessionTemplatesService } from './session-templates.service';

@ApiTags('session-templates')
@Controller('session-templates')
export class SessionTemplatesController {
  constructor(private readonly templates: SessionTemplatesService) {}

  @Post('generate')
  @HttpCode(200)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Open sessions from every active template for N weeks, skipping bank holidays, closures and existing sessions' })
  generate(@CurrentStaff() actor: StaffPrincipal, @Body() body: GenerateSessionsDto): Promise<GenerationReport> {
    return this.templates.generate(actor, body.fromDay, body.weeks);
  }
}
