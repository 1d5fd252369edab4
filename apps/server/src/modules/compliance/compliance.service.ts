import { HttpStatus, Injectable } from '@nestjs/common';
import { addDays, CivilDate, Instant } from '@regflow/calendar';
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
  monthPeriod,
  parsePeriod,
  periodContaining,
  previousPeriod,
  RagThresholds,
  ReportingPeriod,
  SameMonthComparison,
  ScoringCalendar,
} from '@regflow/domain';
import { DateTime } from 'luxon';
import { Between, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { UnitOfWork } from '../../common/unit-of-work';
import { ServiceClosureEntity } from '../diaries/service-closure.entity';
import { OfficeEntity } from '../offices/office.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { BenchmarkArea, BenchmarkEntity } from './benchmark.entity';
import { CommentaryEntity } from './commentary.entity';
import { ComplianceTargetEntity } from './compliance-target.entity';
import { SurveyResultEntity } from './survey-result.entity';
import { ComplianceEventsRepository, RecordedEvent } from './compliance-events.repository';

/** Registrations come days after requests: read this far before a period so each is counted where it belongs. */
const LOOK_BACK_DAYS = 60;
const HISTORY_MONTHS = 12;

export interface ScorecardRow extends IndicatorScore {
  /** What the manager wrote, or else the generated draft. */
  readonly performanceDetails: string | null;
  readonly performanceDetailsDraft: string | null;
  readonly currentActivity: string | null;
  readonly futureActivity: string | null;
  /** The region's and England's figures for the period, as managers entered them. */
  readonly benchmarks: { readonly region: number | null; readonly england: number | null };
}

export interface ScorecardReport {
  readonly period: ReportingPeriod;
  readonly previousPeriod: ReportingPeriod;
  readonly indicators: readonly ScorecardRow[];
}

export interface MissedRequest {
  readonly requestId: string;
  readonly reference: string | null;
  readonly typeCode: string;
  readonly serviceDay: CivilDate;
  /** The last day within target; null for deaths registered (a calendar-day limit from the death). */
  readonly deadline: CivilDate | null;
  readonly firstOfferAt: string | null;
  readonly appointmentAt: string | null;
  readonly eventDate: CivilDate | null;
  readonly registeredAt: string | null;
}

export const MISSED_REQUEST_COLUMNS = ['requestId', 'reference', 'typeCode', 'serviceDay', 'deadline', 'firstOfferAt', 'appointmentAt', 'eventDate', 'registeredAt'] as const;

export interface MonthlyPoint {
  readonly month: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly target: number | null;
}

export const BREAKDOWNS = ['office', 'registrar', 'channel'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
const NOT_RECORDED = 'not recorded';

export interface BreakdownGroup {
  /** An office or staff id, `telephone`, a channel, or null for events that do not say (imported history). */
  readonly key: string | null;
  readonly label: string;
  readonly indicators: readonly Pick<IndicatorScore, 'code' | 'title' | 'unit' | 'numerator' | 'denominator' | 'value' | 'rag'>[];
}

/** The counts the report sets against earlier years: ceremonies held, and deaths registered (coroner referrals aside). */
export const COMPARABLE_COUNTS = { ceremonies: 'numerator', 'deaths-registered-5d': 'denominator' } as const;
export type ComparableIndicator = keyof typeof COMPARABLE_COUNTS;

export interface YearOfComparison {
  readonly year: number;
  readonly month: number | null;
  /** April to the month, in that financial year. */
  readonly yearToDate: number | null;
  readonly financialYear: string;
  readonly financialYearTotal: number | null;
}

export interface CountComparison extends SameMonthComparison {
  readonly indicator: ComparableIndicator;
  readonly month: string;
  readonly years: readonly YearOfComparison[];
}

export const complianceErrors = {
  noTarget: (title: string) => new AppError('indicator-without-target', HttpStatus.BAD_REQUEST, `${title} is a count with no target to set`),
  notAMonth: (label: string) => new AppError('not-a-month', HttpStatus.BAD_REQUEST, `month must be a month, yyyy-mm, e.g. 2021-12 (not "${label}")`),
  unknownIndicator: (code: string) => new AppError('unknown-indicator', HttpStatus.BAD_REQUEST, `"${code}" is not an indicator: GET /api/compliance/scorecard lists their codes`),
};

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
  ) {}

  scorecard(label: string): Promise<ScorecardReport> {
    const period = parsePeriod(label);
    return this.unitOfWork.read(async (manager) => {
      const historyFrom = period.kind === 'month' ? monthsBefore(period, HISTORY_MONTHS).from : period.from;
      const previous = previousPeriod(period);
      const tally = await this.tally(manager, historyFrom < previous.from ? historyFrom : previous.from, period.to);
      const [currentSurvey, previousSurvey, benchmarks] = await Promise.all([
        manager.findOneBy(SurveyResultEntity, { period: period.label }),
        manager.findOneBy(SurveyResultEntity, { period: previous.label }),
        manager.findBy(BenchmarkEntity, { period: period.label }),
      ]);
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
    const first = parsePeriod(fromMonth);
    const last = parsePeriod(toMonth);
    return this.unitOfWork.read(async (manager) => {
      const tally = await this.tally(manager, first.from, last.to);
      const thresholds = await managersThresholds(manager);
      const points: MonthlyPoint[] = [];
      for (let month = first; month.from <= last.from; month = nextMonth(month)) {
        const score = tally.result(month, { thresholds }).indicators.find((row) => row.code === indicator.code)!;
        points.push({ month: month.label, numerator: score.numerator, denominator: score.denominator, value: score.value, target: score.target });
      }
      return points;
    });
  }

  /** The requests (or registrations) of a period that missed an indicator's target, each with its deadline and first offer. */
  misses(label: string, code: string): Promise<MissedRequest[]> {
    const period = parsePeriod(label);
    const indicator = complianceIndicator(indicatorCode(code));
    if (indicator.source !== 'events') return Promise.resolve([]);
    return this.unitOfWork.read(async (manager) => {
      const calendar = new ScoringCalendar(await this.closures(manager, addDays(period.from, -LOOK_BACK_DAYS), addDays(period.to, LOOK_BACK_DAYS)));
      const missed: MissedRequest[] = [];
      await this.events.forEachEvent(manager, addDays(period.from, -LOOK_BACK_DAYS), period.to, (event) => {
        if (!indicator.eventTypes.includes(event.type)) return;
        const placement = indicator.place(event, calendar);
        if (!placement || placement.meetsTarget || !isDayInPeriod(placement.day, period)) return;
        missed.push(toMiss(event, indicator.code === 'deaths-registered-5d' || !event.requestedAt ? null : calendar.targetDeadline({ typeCode: event.type, requestedAt: event.requestedAt, paperworkReadyAt: event.paperworkReadyAt ?? null })));
      });
      return missed;
    });
  }

  /** A month's count against the same month of earlier years, with each year's April-to-month and financial-year totals. */
  comparison(indicator: ComparableIndicator, monthLabel: string, againstYears: readonly number[]): Promise<CountComparison> {
    const month = parsePeriod(monthLabel);
    if (month.kind !== 'month') throw complianceErrors.notAMonth(monthLabel);
    const [year, monthNumber] = month.label.split('-').map(Number);
    const yearsShown = [...new Set([year, ...againstYears])].sort((a, b) => a - b);
    const financialYearOf = (calendarYear: number) => periodContaining('financial-year', monthPeriod(calendarYear, monthNumber).from);
    return this.unitOfWork.read(async (manager) => {
      const tally = await this.tally(manager, financialYearOf(yearsShown[0]).from, financialYearOf(year).to);
      const count = (range: DateRange) => tally.counts(indicator, range)?.[COMPARABLE_COUNTS[indicator]] ?? null;
      const years = yearsShown.map((shown): YearOfComparison => {
        const financialYear = financialYearOf(shown);
        const sameMonth = monthPeriod(shown, monthNumber);
        return { year: shown, month: count(sameMonth), yearToDate: count({ from: financialYear.from, to: sameMonth.to }), financialYear: financialYear.label, financialYearTotal: count(financialYear) };
      });
      const earlier = years.filter((row) => againstYears.includes(row.year) && row.year !== year && row.month !== null).map((row) => ({ year: row.year, value: row.month! }));
      const monthName = DateTime.fromISO(month.from).setLocale('en-GB').toFormat('LLLL');
      return { indicator, month: month.label, years, ...compareWithSameMonths(count(month) ?? 0, monthName, earlier) };
    });
  }

  /** The period's figures for each office, registrar or channel, to see where a target was missed. */
  breakdown(label: string, by: Breakdown): Promise<BreakdownGroup[]> {
    const period = parsePeriod(label);
    return this.unitOfWork.read(async (manager) => {
      const readFrom = addDays(period.from, -LOOK_BACK_DAYS);
      const closures = await this.closures(manager, readFrom, addDays(period.to, LOOK_BACK_DAYS));
      const tallies = new Map<string | null, ComplianceTally>();
      await this.events.forEachEvent(manager, readFrom, period.to, (event) => {
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
    const readFrom = addDays(from, -LOOK_BACK_DAYS);
    const tally = new ComplianceTally({ closures: await this.closures(manager, readFrom, addDays(to, LOOK_BACK_DAYS)) });
    await this.events.forEachScoredEvent(manager, readFrom, to, (event, weight) => tally.add(event, weight));
    return tally;
  }

  private async groupNames(manager: EntityManager, by: Breakdown): Promise<Map<string, string>> {
    if (by === 'office') return new Map([['telephone', 'Telephone'], ...(await manager.find(OfficeEntity)).map((office): [string, string] => [office.id, office.name])]);
    if (by === 'registrar') return new Map((await manager.find(StaffUserEntity)).map((member): [string, string] => [member.id, member.name]));
    return new Map();
  }

  private async closures(manager: EntityManager, from: CivilDate, to: CivilDate): Promise<string[]> {
    return (await manager.find(ServiceClosureEntity, { select: { day: true }, where: { day: Between(from, to) } })).map((closure) => closure.day);
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

function monthsBefore(period: ReportingPeriod, count: number): ReportingPeriod {
  let month = period;
  for (let back = 0; back < count; back += 1) month = previousPeriod(month);
  return month;
}

function nextMonth(month: ReportingPeriod): ReportingPeriod {
  const [year, number] = month.label.split('-').map(Number);
  return number === 12 ? monthPeriod(year + 1, 1) : monthPeriod(year, number + 1);
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
