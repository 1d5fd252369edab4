import { Injectable } from '@nestjs/common';
import { addDays } from '@regflow/calendar';
import { sessionsFromTemplates } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { Between } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { DiarySessionEntity } from './diary-session.entity';
import { ServiceClosureEntity } from './service-closure.entity';
import { SessionTemplateEntity } from './session-template.entity';

export interface GenerationReport {
  readonly created: number;
  /** Planned sessions left out because the registrar already had a session overlapping them. */
  readonly skipped: number;
}

/** Opens diary sessions from the weekly rota, skipping bank holidays, closures and sessions already there. */
@Injectable()
export class SessionTemplatesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  generate(actor: StaffPrincipal, fromDay: string, weeks: number): Promise<GenerationReport> {
    return this.unitOfWork.run(async (manager) => {
      const toDay = addDays(fromDay, weeks * 7 - 1);
      const [templates, closures, existing] = await Promise.all([
        manager.findBy(SessionTemplateEntity, { active: true }),
        manager.findBy(ServiceClosureEntity, { day: Between(fromDay, toDay) }),
        manager.findBy(DiarySessionEntity, { day: Between(fromDay, toDay) }),
      ]);
      const planned = sessionsFromTemplates(templates, fromDay, weeks, closures.map((closure) => closure.day));
      const clashes = (session: { registrarId: string; day: string; startTime: string; endTime: string }) =>
        existing.some(
          (other) => other.registrarId === session.registrarId && other.day === session.day && other.startTime < session.endTime && other.endTime > session.startTime,
        );
      const fresh = planned.filter((session) => !clashes(session));
      await manager.save(
        DiarySessionEntity,
        fresh.map((session) => ({ ...session, id: randomUUID(), acceptedTypes: [...session.acceptedTypes] })),
        { chunk: 200 },
      );
      const report = { created: fresh.length, skipped: planned.length - fresh.length };
      await this.audit.record(manager, {
        actorKind: 'staff',
        actorId: actor.id,
        entity: 'session-templates',
        entityId: actor.id,
        action: 'generated',
        changes: { fromDay, weeks, ...report },
        at: this.clock.now(),
      });
      return report;
    });
  }
}
