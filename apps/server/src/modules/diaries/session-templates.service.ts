import { Injectable } from '@nestjs/common';
import { addDays } from '@regflow/calendar';
import { sessionsFromTemplates } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { Between, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { findExisting, findPage, idsFilter, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { StaffPrincipal } from '../auth/staff-principal';
import { diariesErrors } from './diaries.errors';
import { DiarySessionEntity } from './diary-session.entity';
import { shapeFields } from './session-shape.dto';
import { ClosureDaysService } from '../settings/closure-days.service';
import { overlapping, SessionShapeRules } from './session-shape.rules';
import { SessionTemplateEntity } from './session-template.entity';
import { SaveSessionTemplateDto } from './session-templates.dto';

export const TEMPLATE_SORT_FIELDS = ['weekday', 'startTime', 'registrarId', 'officeId', 'id'] as const;
export const TEMPLATE_FILTERS = ['id', 'registrarId', 'officeId', 'weekday', 'active'] as const;
type TemplateSort = (typeof TEMPLATE_SORT_FIELDS)[number];

export interface GenerationReport {
  readonly created: number;
  /** Planned sessions left out because the registrar already had a session overlapping them. */
  readonly skipped: number;
}

/** The weekly rota, and opening diary sessions from it (skipping bank holidays, closures and sessions already there). */
@Injectable()
export class SessionTemplatesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly shapes: SessionShapeRules,
    private readonly closureDays: ClosureDaysService,
  ) {}

  list(query: ListQuery<TemplateSort>): Promise<[SessionTemplateEntity[], number]> {
    const { filter } = query;
    const where = presentConditions<SessionTemplateEntity>({
      id: idsFilter(filter.id),
      registrarId: typeof filter.registrarId === 'string' ? filter.registrarId : undefined,
      officeId: typeof filter.officeId === 'string' ? filter.officeId : undefined,
      weekday: typeof filter.weekday === 'number' ? filter.weekday : undefined,
      active: typeof filter.active === 'boolean' ? filter.active : undefined,
    });
    return this.unitOfWork.read((manager) => findPage(manager, SessionTemplateEntity, where, query));
  }

  get(id: string): Promise<SessionTemplateEntity> {
    return this.unitOfWork.read((manager) => existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveSessionTemplateDto): Promise<SessionTemplateEntity> {
    return this.unitOfWork.run(async (manager) => {
      const template = await this.saved(manager, actor, { id: randomUUID(), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'session-template', template.id, 'created', fields(dto), this.clock.now()));
      return template;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveSessionTemplateDto): Promise<SessionTemplateEntity> {
    return this.unitOfWork.run(async (manager) => {
      const template = await this.saved(manager, actor, { ...(await existing(manager, id)), ...fields(dto) });
      await this.audit.record(manager, staffChange(actor, 'session-template', id, 'updated', fields(dto), this.clock.now()));
      return template;
    });
  }

  /** Sessions already opened from the template stay in the diary. */
  remove(actor: StaffPrincipal, id: string): Promise<SessionTemplateEntity> {
    return this.unitOfWork.run(async (manager) => {
      const template = await existing(manager, id);
      await manager.delete(SessionTemplateEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'session-template', id, 'deleted', {}, this.clock.now()));
      return template;
    });
  }

  generate(actor: StaffPrincipal, fromDay: string, weeks: number): Promise<GenerationReport> {
    return this.unitOfWork.run(async (manager) => {
      const toDay = addDays(fromDay, weeks * 7 - 1);
      const templates = await manager.findBy(SessionTemplateEntity, { active: true });
      const closures = await this.closureDays.between(manager, fromDay, toDay);
      const existing = await manager.findBy(DiarySessionEntity, { day: Between(fromDay, toDay) });
      const planned = sessionsFromTemplates(templates, fromDay, weeks, closures);
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

  private async saved(manager: EntityManager, actor: StaffPrincipal, template: SessionTemplateEntity): Promise<SessionTemplateEntity> {
    await this.shapes.assertValid(manager, actor, template);
    if (template.active && (await manager.existsBy(SessionTemplateEntity, { ...overlapping(template), weekday: template.weekday, active: true }))) {
      throw diariesErrors.overlapsTemplate();
    }
    return manager.save(SessionTemplateEntity, template);
  }
}

function existing(manager: EntityManager, id: string): Promise<SessionTemplateEntity> {
  return findExisting(manager, SessionTemplateEntity, { id }, () => diariesErrors.templateNotFound(id));
}

function fields(dto: SaveSessionTemplateDto) {
  return { ...shapeFields(dto), weekday: dto.weekday, active: dto.active ?? true };
}
