import { Injectable } from '@nestjs/common';
import { CivilDate, Instant } from '@regflow/calendar';
import {
  complianceIndicator,
  ComplianceTally,
  compareWithSameMonths,
  DateRange,
  draftPerformanceDetails,
  formatUtcInstant,
  IndicatorCode,
  IndicatorScore,
  isDayInPeriod,
  isIndicatorCode,
  isScored,
  monthPeriod,
  periodContaining,
  previousPeriod,
  RagThresholds,
  ReportingPeriod,
  ScoringCalendar,
  eventTargetDeadline,
  monthName,
  monthsBefore,
  satisfactionWithOnlineAnswers,
  scoringWindow,
  SurveyResult,
} from '@regflow/domain';
import {
  Breakdown,
  BREAKDOWNS,
  BreakdownGroup,
  ComparableIndicator,
  CountComparison,
  MissedRequest,
  MonthlyPoint,
  ScorecardReport,
  ScorecardRow,
  YearOfComparison,
} from '@regflow/contracts';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../common/unit-of-work';
import { ClosureDaysService } from '../settings/closure-days.service';
import { OfficesDirectory } from '../settings/offices.directory';
import { StaffDirectory } from '../staff/staff-directory.service';
import { BenchmarkArea, BenchmarkEntity } from './benchmark.entity';
import { CommentaryEntity } from './commentary.entity';
import { ComplianceTargetEntity } from './compliance-target.entity';
import { SurveyResultEntity } from './survey-result.entity';
import { SatisfactionAnswers } from './satisfaction-answers';
import { ComplianceEventsRepository, RecordedEvent } from './compliance-events.repository';
import { complianceErrors } from './compliance.errors';
import { comparisonYears, REPORT_LIMITS, reportPeriod, seriesMonths } from './compliance-limits';

/** Registrations come days after requests: read this far before a period so each is counted where it belongs. */
const HISTORY_MONTHS = 12;

export type { Breakdown, BreakdownGroup, ComparableIndicator, CountComparison, MissedRequest, MonthlyPoint, ScorecardReport, ScorecardRow, YearOfComparison };
export { BREAKDOWNS };

export const MISSED_REQUEST_COLUMNS = ['requestId', 'reference', 'typeCode', 'serviceDay', 'deadline', 'firstOfferAt', 'appointmentAt', 'eventDate', 'registeredAt'] as const satisfies readonly (keyof MissedRequest)[];

const NOT_RECORDED = 'not recorded';

/** The counts the report sets against earlier years: ceremonies held, and deaths registered (coroner referrals aside). */
export const COMPARABLE_COUNTS = { ceremonies: 'numerator', 'deaths-registered-5d': 'denominator' } as const satisfies Record<ComparableIndicator, 'numerator' | 'denominator'>;

export function indicatorCode(code: string): IndicatorCode {
  if (!isIndicatorCode(code)) throw complianceErrors.unknownIndicator(code);
  return code;
}

function instantText(instant: Instant | null | undefined): string | null {
  return instant ? formatUtcInstant(instant) : null;
}

/** The compliance scorecard and its reports, scored by the pure rules from the requests and appointments on record. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ComplianceEventsRepository,
    private readonly closureDays: ClosureDaysService,
    private readonly offices: OfficesDirectory,
    private readonly staff: StaffDirectory,
    private readonly satisfactionAnswers: SatisfactionAnswers,
  ) {}

  scorecard(label: string): Promise<ScorecardReport> {
    const period = reportPeriod(label);
    return this.unitOfWork.read(async (manager) => {
      const historyFrom = period.kind === 'month' ? monthsBefore(period, HISTORY_MONTHS).from : period.from;
      const previous = previousPeriod(period);
      const tally = await this.tally(manager, historyFrom < previous.from ? historyFrom : previous.from, period.to);
      const currentSurvey = await this.satisfaction(manager, period);
      const previousSurvey = await this.satisfaction(manager, previous);
      const benchmarks = await manager.findBy(BenchmarkEntity, { period: period.label });
      const thresholds = await managersThresholds(manager);
      const scorecard = tally.result(period, { thresholds, surveys: { 'customer-satisfaction': { current: currentSurvey, previous: previousSurvey } } });
      const commentary = await manager.findBy(CommentaryEntity, { period: period.label });
      const benchmark = (code: string, area: BenchmarkArea) => {
        const entered = benchmarks.find((row) => row.indicator === code && row.area === area);
        return entered ? entered.valueTenths / 10 : null;
      };
      const rows = scorecard.indicators.map((score) => {
        const written = commentary.find((entry) => entry.indicator === score.code);
        const draft = period.kind === 'month' && score.value !== null ? this.draft(tally, period, score) : null;
        return {
          ...score,
          performanceDetails: written?.performanceDetails ?? draft,
          performanceDetailsDraft: draft,
          currentActivity: written?.currentActivity ?? null,
          futureActivity: written?.futureActivity ?? null,
          benchmarks: { region: benchmark(score.code, 'region'), england: benchmark(score.code, 'england') },
        };
      });
      return { period: scorecard.period, previousPeriod: scorecard.previousPeriod, indicators: rows };
    });
  }

  /** Each month's figure of an indicator from `fromMonth` to `toMonth` (`yyyy-mm`), with its target. */
  series(code: string, fromMonth: string, toMonth: string): Promise<MonthlyPoint[]> {
    const indicator = complianceIndicator(indicatorCode(code));
    const months = seriesMonths(fromMonth, toMonth);
    return this.unitOfWork.read(async (manager) => {
      const tally = await this.tally(manager, months[0].from, months[months.length - 1].to);
      const thresholds = await managersThresholds(manager);
      const points: MonthlyPoint[] = [];
      for (const month of months) {
        const score = tally.result(month, { thresholds }).indicators.find((row) => row.code === indicator.code)!;
        points.push({ month: month.label, numerator: score.numerator, denominator: score.denominator, value: score.value, target: score.target });
      }
      return points;
    });
  }

  /** The requests (or registrations) of a period that missed an indicator's target, each with its deadline and first offer (a death with no date of death missed nothing: `GET /api/requests` lists those). */
  misses(label: string, code: string): Promise<MissedRequest[]> {
    const period = reportPeriod(label);
    const indicator = complianceIndicator(indicatorCode(code));
    if (indicator.source !== 'events') return Promise.resolve([]);
    return this.unitOfWork.read(async (manager) => {
      const window = scoringWindow(period);
      const calendar = new ScoringCalendar(await this.closures(manager, window.closures));
      const missed: MissedRequest[] = [];
      await this.events.forEachEvent(manager, window.events.from, window.events.to, (event) => {
        if (!indicator.eventTypes.includes(event.type)) return;
        const placement = indicator.place(event, calendar);
        if (!placement || !isScored(placement) || placement.meetsTarget || !isDayInPeriod(placement.day, period)) return;
        missed.push(toMiss(event, indicator.code === 'deaths-registered-5d' || !event.requestedAt ? null : eventTargetDeadline({ ...event, requestedAt: event.requestedAt }, calendar)));
      });
      return missed;
    });
  }

  /** A month's count against the same month of earlier years, with each year's April-to-month and financial-year totals. */
  /** `againstYears`: the three years before the month's (those reports cover) when absent. */
  comparison(indicator: ComparableIndicator, monthLabel: string, againstYears?: readonly number[]): Promise<CountComparison> {
    const month = reportPeriod(monthLabel);
    if (month.kind !== 'month') throw complianceErrors.notAMonth(monthLabel);
    const [year, monthNumber] = month.label.split('-').map(Number);
    const against = againstYears ? comparisonYears(year, againstYears) : [year - 3, year - 2, year - 1].filter((earlier) => `${earlier}-12` >= REPORT_LIMITS.firstMonth);
    const yearsShown = [...new Set([year, ...against])].sort((a, b) => a - b);
    const financialYearOf = (calendarYear: number) => periodContaining('financial-year', monthPeriod(calendarYear, monthNumber).from);
    return this.unitOfWork.read(async (manager) => {
      const tally = await this.tally(manager, financialYearOf(yearsShown[0]).from, financialYearOf(year).to);
      const count = (range: DateRange) => tally.counts(indicator, range)?.[COMPARABLE_COUNTS[indicator]] ?? null;
      const years = yearsShown.map((shown): YearOfComparison => {
        const financialYear = financialYearOf(shown);
        const sameMonth = monthPeriod(shown, monthNumber);
        return { year: shown, month: count(sameMonth), yearToDate: count({ from: financialYear.from, to: sameMonth.to }), financialYear: financialYear.label, financialYearTotal: count(financialYear) };
      });
      const earlier = years.filter((row) => against.includes(row.year) && row.year !== year && row.month !== null).map((row) => ({ year: row.year, value: row.month! }));
      return { indicator, month: month.label, years, ...compareWithSameMonths(count(month) ?? 0, monthName(month), earlier) };
    });
  }

  /** The period's figures for each office, registrar or channel, to see where a target was missed. */
  breakdown(label: string, by: Breakdown): Promise<BreakdownGroup[]> {
    const period = reportPeriod(label);
    return this.unitOfWork.read(async (manager) => {
      const window = scoringWindow(period);
      const closures = await this.closures(manager, window.closures);
      const tallies = new Map<string | null, ComplianceTally>();
      await this.events.forEachEvent(manager, window.events.from, window.events.to, (event) => {
        const key = groupOf(event, by);
        let tally = tallies.get(key);
        if (!tally) tallies.set(key, (tally = new ComplianceTally({ closures })));
        tally.add(event);
      });
      const names = await this.groupNames(manager, by);
      const thresholds = await managersThresholds(manager);
      const groups = [...tallies].map(([key, tally]) => ({
        key,
        label: key === null ? NOT_RECORDED : (names.get(key) ?? key),
        indicators: tally
          .result(period, { thresholds })
          .indicators.filter((score) => score.numerator !== null && (score.denominator ?? 0) > 0)
          .map(({ code, title, unit, numerator, denominator, value, rag }) => ({ code, title, unit, numerator, denominator, value, rag })),
      }));
      return groups.filter((group) => group.indicators.length > 0).sort((a, b) => a.label.localeCompare(b.label));
    });
  }

  private draft(tally: ComplianceTally, period: ReportingPeriod, score: IndicatorScore): string {
    const history = [];
    for (let month = previousPeriod(period), back = 0; back < HISTORY_MONTHS; month = previousPeriod(month), back += 1) {
      const earlier = tally.result(month).indicators.find((row) => row.code === score.code);
      if (earlier?.value !== null && earlier?.value !== undefined) history.push({ month: month.label, value: earlier.value });
    }
    return draftPerformanceDetails({ indicator: score.code, month: period.label, value: score.value!, history, target: score.target });
  }

  private async tally(manager: EntityManager, from: CivilDate, to: CivilDate): Promise<ComplianceTally> {
    const window = scoringWindow({ from, to });
    const tally = new ComplianceTally({ closures: await this.closures(manager, window.closures) });
    await this.events.forEachScoredEvent(manager, window.events.from, window.events.to, (event, weight) => tally.add(event, weight));
    return tally;
  }

  private async groupNames(manager: EntityManager, by: Breakdown): Promise<Map<string, string>> {
    if (by === 'office') return new Map([['telephone', 'Telephone'], ...(await this.offices.all(manager)).map((office): [string, string] => [office.id, office.name])]);
    if (by === 'registrar') return this.staff.names(manager);
    return new Map();
  }

  /** The survey a manager entered for the period, with the answers residents gave online in it. */
  private async satisfaction(manager: EntityManager, period: ReportingPeriod): Promise<SurveyResult | null> {
    const entered = await manager.findOneBy(SurveyResultEntity, { period: period.label });
    return satisfactionWithOnlineAnswers(entered, await this.satisfactionAnswers.ratingsBetween(manager, period.from, period.to));
  }

  private closures(manager: EntityManager, days: DateRange): Promise<string[]> {
    return this.closureDays.between(manager, days.from, days.to);
  }
}

/** The targets and amber tolerances managers have set, by indicator; DOMAIN.md's defaults for the rest. */
export async function managersThresholds(manager: EntityManager): Promise<Partial<Record<IndicatorCode, RagThresholds>>> {
  const chosen = await manager.find(ComplianceTargetEntity);
  return Object.fromEntries(chosen.filter((row) => isIndicatorCode(row.indicator)).map((row) => [row.indicator, { target: row.targetTenths / 10, amberFrom: row.amberFromTenths / 10 }]));
}

function groupOf(event: RecordedEvent, by: Breakdown): string | null {
  if (by === 'channel') return event.channel;
  if (by === 'registrar') return event.registrarId;
  return event.registrarId === null ? null : (event.officeId ?? 'telephone');
}

function toMiss(event: RecordedEvent, deadline: CivilDate | null): MissedRequest {
  return {
    requestId: event.id,
    reference: event.reference,
    typeCode: event.type,
    serviceDay: event.serviceDay,
    deadline,
    firstOfferAt: instantText(event.firstOfferAt),
    appointmentAt: instantText(event.appointmentAt),
    eventDate: event.eventDate ?? null,
    registeredAt: instantText(event.registeredAt),
  };
}
