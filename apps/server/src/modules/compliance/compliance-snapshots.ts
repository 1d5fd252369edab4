import { Injectable } from '@nestjs/common';
import { serviceDay } from '@regflow/calendar';
import { periodContaining } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { ComplianceSnapshotEntity } from './compliance-snapshot.entity';
import { ComplianceService } from './compliance.service';

/** Each night, the month-to-date scorecard as it stands, kept so later registrations cannot rewrite what managers saw. */
@Injectable()
export class ComplianceSnapshots {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly compliance: ComplianceService,
  ) {}

  async take(): Promise<ComplianceSnapshotEntity> {
    const now = this.clock.now();
    const day = serviceDay(now);
    const month = periodContaining('month', day);
    const report = await this.compliance.scorecard(month.label);
    const figures = Object.fromEntries(
      report.indicators.map(({ code, numerator, denominator, value, rag, direction, dateOfDeathMissing }) => [
        code,
        { numerator, denominator, value, rag, direction, ...(dateOfDeathMissing === null ? {} : { dateOfDeathMissing }) },
      ]),
    );
    return this.unitOfWork.run(async (manager) => {
      const existing = await manager.findOneBy(ComplianceSnapshotEntity, { day, period: month.label });
      return manager.save(ComplianceSnapshotEntity, { id: existing?.id ?? randomUUID(), day, period: month.label, figures, takenAt: now });
    });
  }
}
