import { Body, Controller, Get, Header, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CurrentStaff, StaffOnly } from '../auth/staff-auth.guard';
import { StaffPrincipal } from '../auth/staff-principal';
import { ComplianceInputsService } from './compliance-inputs.service';
import { REPORT_LIMITS } from './compliance-limits';
import { BenchmarkDto, CommentaryDto, CommentaryResponse, SurveyDto, TargetDto, TargetResponse, toCommentaryResponse } from './compliance.dto';
import { rowsCsv, scorecardCsv } from './compliance.csv';
import { scorecardPage } from './compliance.page';
import { Breakdown, BREAKDOWNS, MISSED_REQUEST_COLUMNS, BreakdownGroup, COMPARABLE_COUNTS, ComparableIndicator, ComplianceService, CountComparison, MissedRequest, MonthlyPoint, ScorecardReport } from './compliance.service';

const PERIOD_HELP = 'period: a month 2021-12, a financial-year quarter 2021-Q3 or a financial year 2021/22';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class PeriodQuery {
  @ApiProperty({ description: `${PERIOD_HELP}, from ${REPORT_LIMITS.firstMonth} to ${REPORT_LIMITS.lastMonth}`, example: '2021-12', minLength: 1, maxLength: 10 })
  @IsString()
  @IsNotEmpty({ message: `${PERIOD_HELP} is required` })
  @MaxLength(10, { message: PERIOD_HELP })
  period: string;
}

export class MissesQuery extends PeriodQuery {
  @ApiProperty({ description: 'an indicator code, as GET /api/compliance/scorecard lists them', example: 'death-appointments-2wd', minLength: 1, maxLength: 40 })
  @IsString()
  @IsNotEmpty({ message: 'indicator is required, e.g. death-appointments-2wd' })
  @MaxLength(40)
  indicator: string;
}

export class BreakdownQuery extends PeriodQuery {
  @ApiProperty({ enum: BREAKDOWNS })
  @IsIn(BREAKDOWNS, { message: `by must be one of ${BREAKDOWNS.join(', ')}` })
  by: Breakdown;
}

const COMPARABLE = Object.keys(COMPARABLE_COUNTS);

export class ComparisonQuery {
  @ApiProperty({ enum: COMPARABLE })
  @IsIn(COMPARABLE, { message: `indicator must be one of ${COMPARABLE.join(', ')}` })
  indicator: ComparableIndicator;

  @ApiProperty({ description: 'the month compared, yyyy-mm', example: '2021-12', pattern: MONTH.source })
  @Matches(MONTH, { message: 'month must be a month, yyyy-mm, e.g. 2021-12' })
  month: string;

  @ApiPropertyOptional({ description: `up to 10 years separated by commas, none after the month's year and none more than ${REPORT_LIMITS.comparisonYearsBack} before it; the three years before by default`, example: '2017,2018,2019', pattern: '^\\d{4}(,\\d{4}){0,9}$' })
  @IsOptional()
  @Matches(/^\d{4}(,\d{4}){0,9}$/, { message: 'against must be years separated by commas, e.g. 2017,2018,2019' })
  against?: string;
}

export class SeriesQuery {
  @ApiProperty({ description: 'an indicator code, as GET /api/compliance/scorecard lists them', example: 'deaths-registered-5d', minLength: 1, maxLength: 40 })
  @IsString()
  @IsNotEmpty({ message: 'indicator is required, e.g. deaths-registered-5d' })
  @MaxLength(40)
  indicator: string;

  @ApiProperty({ description: `the first month, yyyy-mm, from ${REPORT_LIMITS.firstMonth} to ${REPORT_LIMITS.lastMonth}`, example: '2021-04', pattern: MONTH.source })
  @Matches(MONTH, { message: 'from must be a month, yyyy-mm, e.g. 2021-04' })
  from: string;

  @ApiPropertyOptional({ description: `the last month, yyyy-mm, at most ${REPORT_LIMITS.seriesMonths} months after from; from by default`, example: '2022-03', pattern: MONTH.source })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, yyyy-mm, e.g. 2022-03' })
  to?: string;
}

@ApiTags('compliance')
@StaffOnly('manager', 'admin', 'superintendent-registrar')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly inputs: ComplianceInputsService,
  ) {}

  @Get('scorecard')
  @ApiOkResponse({ description: 'the scorecard' })
  @ApiErrors(400)
  @ApiOperation({ summary: `The scorecard: each indicator's figure, target, RAG, direction of travel and commentary (${PERIOD_HELP})` })
  scorecard(@Query() query: PeriodQuery): Promise<ScorecardReport> {
    return this.compliance.scorecard(query.period);
  }

  @Get('scorecard.csv')
  @ApiOkResponse({ description: 'the scorecard as CSV' })
  @ApiErrors(400)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The scorecard as CSV, in the reference layout' })
  async scorecardCsv(@Query() query: PeriodQuery): Promise<string> {
    return scorecardCsv(await this.compliance.scorecard(query.period));
  }

  @Get('scorecard.html')
  @ApiOkResponse({ description: 'the scorecard as a page' })
  @ApiErrors(400)
  @ApiProduces('text/html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The scorecard as a page to print or save as PDF, in the reference layout' })
  async scorecardPage(@Query() query: PeriodQuery): Promise<string> {
    const report = await this.compliance.scorecard(query.period);
    return scorecardPage(report, `Registration scorecard — ${report.period.label}`);
  }

  @Get('misses')
  @ApiOkResponse({ description: 'the requests that missed the indicator' })
  @ApiErrors(400)
  @ApiOperation({ summary: 'Drill-down: the requests of a period that missed an indicator, with deadline and first offer' })
  misses(@Query() query: MissesQuery): Promise<MissedRequest[]> {
    return this.compliance.misses(query.period, query.indicator);
  }

  @Get('breakdown')
  @ApiOkResponse({ description: 'the figures by group' })
  @ApiErrors(400)
  @ApiOperation({ summary: 'The period\'s figures by office, registrar or channel (by=office|registrar|channel)' })
  breakdown(@Query() query: BreakdownQuery): Promise<BreakdownGroup[]> {
    return this.compliance.breakdown(query.period, query.by);
  }

  @Get('misses.csv')
  @ApiOperation({ summary: 'The drill-down as CSV' })
  @ApiOkResponse({ description: 'the requests that missed the indicator, as CSV' })
  @ApiErrors(400)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async missesCsv(@Query() query: MissesQuery): Promise<string> {
    return rowsCsv(await this.compliance.misses(query.period, query.indicator), MISSED_REQUEST_COLUMNS);
  }

  @Get('breakdown.csv')
  @ApiOperation({ summary: 'The breakdown as CSV' })
  @ApiOkResponse({ description: 'the figures by group, as CSV' })
  @ApiErrors(400)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async breakdownCsv(@Query() query: BreakdownQuery): Promise<string> {
    const groups = await this.compliance.breakdown(query.period, query.by);
    return rowsCsv(groups.flatMap((group) => group.indicators.map((indicator) => ({ [query.by]: group.label, ...indicator }))));
  }

  @Get('series.csv')
  @ApiOperation({ summary: 'The series as CSV' })
  @ApiOkResponse({ description: 'the months, as CSV' })
  @ApiErrors(400)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async seriesCsv(@Query() query: SeriesQuery): Promise<string> {
    return rowsCsv(await this.compliance.series(query.indicator, query.from, query.to ?? query.from));
  }

  @Get('comparison')
  @ApiOkResponse({ description: 'the month against the earlier years' })
  @ApiErrors(400)
  @ApiOperation({ summary: 'Ceremonies or deaths registered in a month against the same month of earlier years (against=2017,2018,2019; the three years before by default), with April-to-month and financial-year totals' })
  comparison(@Query() query: ComparisonQuery): Promise<CountComparison> {
    return this.compliance.comparison(query.indicator, query.month, query.against?.split(',').map(Number));
  }

  @Get('comparison.csv')
  @ApiOperation({ summary: 'The comparison as CSV' })
  @ApiOkResponse({ description: 'the years compared, as CSV' })
  @ApiErrors(400)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async comparisonCsv(@Query() query: ComparisonQuery): Promise<string> {
    return rowsCsv((await this.comparison(query)).years);
  }

  @Get('series')
  @ApiOkResponse({ description: 'the months, each with its figure and target' })
  @ApiErrors(400)
  @ApiOperation({ summary: 'An indicator month by month, with its target line' })
  series(@Query() query: SeriesQuery): Promise<MonthlyPoint[]> {
    return this.compliance.series(query.indicator, query.from, query.to ?? query.from);
  }

  @Put('commentary/:period/:indicator')
  @ApiOkResponse({ description: 'the commentary as saved' })
  @ApiErrors(400, 413, 415)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Write PERFORMANCE DETAILS, CURRENT ACTIVITY and FUTURE ACTIVITY for an indicator and period (a financial year in the path is encoded: 2021%2F22)' })
  async saveCommentary(
    @CurrentStaff() actor: StaffPrincipal,
    @Param('period') period: string,
    @Param('indicator') indicator: string,
    @Body() body: CommentaryDto,
  ): Promise<CommentaryResponse> {
    return toCommentaryResponse(await this.inputs.saveCommentary(actor, period, indicator, body));
  }

  @Put('surveys/:period')
  @ApiOkResponse({ description: 'the survey as saved' })
  @ApiErrors(400, 413, 415)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Enter a customer survey\'s results for a period: the customer-satisfaction indicator' })
  async saveSurvey(@CurrentStaff() actor: StaffPrincipal, @Param('period') period: string, @Body() body: SurveyDto): Promise<SurveyDto & { period: string }> {
    const { veryGood, good, total, period: saved } = await this.inputs.saveSurvey(actor, period, body);
    return { period: saved, veryGood, good, total };
  }

  @Get('targets')
  @ApiOkResponse({ description: 'every indicator with a target' })
  @ApiOperation({ summary: 'Each indicator\'s target and amber tolerance: a manager\'s choice or the default' })
  targets(): Promise<TargetResponse[]> {
    return this.inputs.targets();
  }

  @Put('targets/:indicator')
  @ApiOkResponse({ description: 'the target as saved' })
  @ApiErrors(400, 413, 415)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Change an indicator\'s target and amber tolerance (Green at or above the target, Amber from amberFrom, Red below)' })
  saveTarget(@CurrentStaff() actor: StaffPrincipal, @Param('indicator') indicator: string, @Body() body: TargetDto): Promise<TargetResponse> {
    return this.inputs.saveTarget(actor, indicator, body);
  }

  @Put('benchmarks')
  @ApiOkResponse({ description: 'the figure as saved' })
  @ApiErrors(400, 413, 415)
  @StaffOnly('manager', 'admin')
  @ApiOperation({ summary: 'Enter the region\'s or England\'s figure for an indicator and period' })
  async saveBenchmark(@Body() body: BenchmarkDto): Promise<BenchmarkDto> {
    const saved = await this.inputs.saveBenchmark(body);
    return { indicator: saved.indicator, period: saved.period, area: saved.area, value: saved.valueTenths / 10 };
  }
}
