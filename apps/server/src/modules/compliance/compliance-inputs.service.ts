import { Injectable } from '@nestjs/common';
import { assertRagThresholds, COMPLIANCE_INDICATORS, complianceIndicator, IndicatorCode, satisfiedCounts } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { StaffPrincipal } from '../auth/staff-principal';
import { BenchmarkEntity } from './benchmark.entity';
import { CommentaryEntity } from './commentary.entity';
import { ComplianceTargetEntity } from './compliance-target.entity';
import { BenchmarkDto, CommentaryDto, SurveyDto, TargetDto, TargetResponse } from './compliance.dto';
import { complianceErrors } from './compliance.errors';
import { reportPeriod } from './compliance-limits';
import { indicatorCode, managersThresholds } from './compliance.service';
import { SurveyResultEntity } from './survey-result.entity';

/** What managers add to the computed figures: commentary, survey results and the region's and England's figures. */
@Injectable()
export class ComplianceInputsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  saveCommentary(actor: StaffPrincipal, label: string, code: string, dto: CommentaryDto): Promise<CommentaryEntity> {
    const period = reportPeriod(label);
    const indicator = indicatorCode(code);
    return this.unitOfWork.run(async (manager) => {
      const existing = await manager.findOneBy(CommentaryEntity, { period: period.label, indicator });
      return manager.save(CommentaryEntity, {
        id: existing?.id ?? randomUUID(),
        period: period.label,
        indicator,
        performanceDetails: dto.performanceDetails !== undefined ? dto.performanceDetails : (existing?.performanceDetails ?? null),
        currentActivity: dto.currentActivity !== undefined ? dto.currentActivity : (existing?.currentActivity ?? null),
        futureActivity: dto.futureActivity !== undefined ? dto.futureActivity : (existing?.futureActivity ?? null),
        updatedBy: actor.id,
        updatedAt: this.clock.now(),
      });
    });
  }

  saveSurvey(actor: StaffPrincipal, label: string, dto: SurveyDto): Promise<SurveyResultEntity> {
    const period = reportPeriod(label);
    satisfiedCounts(dto);
    return this.unitOfWork.run((manager) =>
      upsert(manager, SurveyResultEntity, { period: period.label }, { ...dto, period: period.label, enteredBy: actor.id, enteredAt: this.clock.now() }),
    );
  }

  /** Every indicator with a target, as it stands: a manager's choice, or DOMAIN.md's default. */
  targets(): Promise<TargetResponse[]> {
    return this.unitOfWork.read(async (manager) => {
      const chosen = await managersThresholds(manager);
      return COMPLIANCE_INDICATORS.filter((indicator) => indicator.thresholds !== null).map((indicator) => {
        const thresholds = chosen[indicator.code] ?? indicator.thresholds!;
        return { indicator: indicator.code, target: thresholds.target, amberFrom: thresholds.amberFrom, changed: chosen[indicator.code] !== undefined };
      });
    });
  }

  saveTarget(actor: StaffPrincipal, code: string, dto: TargetDto): Promise<TargetResponse> {
    const indicator = complianceIndicator(indicatorCode(code));
    if (indicator.thresholds === null) throw complianceErrors.noTarget(indicator.title);
    assertRagThresholds(dto);
    return this.unitOfWork.run(async (manager) => {
      await manager.save(ComplianceTargetEntity, {
        indicator: indicator.code,
        targetTenths: Math.round(dto.target * 10),
        amberFromTenths: Math.round(dto.amberFrom * 10),
        updatedBy: actor.id,
        updatedAt: this.clock.now(),
      });
      return { indicator: indicator.code, target: dto.target, amberFrom: dto.amberFrom, changed: true };
    });
  }

  saveBenchmark(dto: BenchmarkDto): Promise<BenchmarkEntity> {
    const period = reportPeriod(dto.period);
    const indicator: IndicatorCode = indicatorCode(dto.indicator);
    return this.unitOfWork.run((manager) =>
      upsert(manager, BenchmarkEntity, { indicator, period: period.label, area: dto.area }, { indicator, period: period.label, area: dto.area, valueTenths: Math.round(dto.value * 10) }),
    );
  }
}

/** Replaces the row `where` names, or adds one. */
async function upsert<T extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>, values: Omit<T, 'id'>): Promise<T> {
  const existing = await manager.findOneBy(entity, where);
  return manager.save(entity, { ...values, id: existing?.id ?? randomUUID() } as unknown as T);
}
