import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, FindOptionsWhere } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { dayRange, listedDays, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { diariesErrors } from './diaries.errors';
import { DiarySessionEntity } from './diary-session.entity';
import { shapeFields } from './session-shape.dto';
import { DiaryTimeService } from './diary-time.service';
import { overlapping, SessionShapeRules } from './session-shape.rules';
import { SaveSessionDto } from './sessions.dto';

export const SESSION_SORT_FIELDS = ['day', 'startTime', 'registrarId', 'officeId'] as const;
export const SESSION_FILTERS = ['registrarId', 'officeId', 'day', 'day_gte', 'day_lte'] as const;
type SessionSort = (typeof SESSION_SORT_FIELDS)[number];

/** Diary sessions: anyone on the staff reads them; registrars change their own, managers any. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly shapes: SessionShapeRules,
    private readonly diaryTime: DiaryTimeService,
  ) {}

  list(query: ListQuery<SessionSort>): Promise<[DiarySessionEntity[], number]> {
    const { filter } = query;
    const days = listedDays(filter);
    const where: FindOptionsWhere<DiarySessionEntity> = {
      ...(typeof filter.registrarId === 'string' ? { registrarId: filter.registrarId } : {}),
      ...(typeof filter.officeId === 'string' ? { officeId: filter.officeId } : {}),
      ...(typeof filter.day === 'string' ? { day: filter.day } : {}),
      ...presentConditions<DiarySessionEntity>({ day: dayRange(days.from, days.to) }),
    };
    return this.unitOfWork.read((manager) =>
      manager.findAndCount(DiarySessionEntity, { where, order: { [query.sort.field]: query.sort.order, startTime: 'ASC' }, skip: query.skip, take: query.take }),
    );
  }

  get(id: string): Promise<DiarySessionEntity> {
    return this.unitOfWork.read((manager) => this.existing(manager, id));
  }

  create(actor: StaffPrincipal, dto: SaveSessionDto): Promise<DiarySessionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const session = await this.validated(manager, actor, { id: randomUUID(), templateId: null, ...fields(dto) });
      await manager.save(DiarySessionEntity, session);
      await this.record(manager, actor, session.id, 'created', fields(dto));
      return session;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveSessionDto): Promise<DiarySessionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const existing = await this.existing(manager, id);
      if (!mayEditDiaryOf(actor, existing.registrarId)) throw authErrors.notYourDiary();
      const session = await this.validated(manager, actor, { ...existing, ...fields(dto) });
      await manager.save(DiarySessionEntity, session);
      await this.record(manager, actor, id, 'updated', fields(dto));
      return session;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<DiarySessionEntity> {
    return this.unitOfWork.run(async (manager) => {
      const session = await this.existing(manager, id);
      if (!mayEditDiaryOf(actor, session.registrarId)) throw authErrors.notYourDiary();
      if (await this.diaryTime.isHeldDuring(manager, session)) throw diariesErrors.hasAppointments();
      await manager.delete(DiarySessionEntity, { id });
      await this.record(manager, actor, id, 'deleted', {});
      return session;
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<DiarySessionEntity> {
    const session = await manager.findOneBy(DiarySessionEntity, { id });
    if (!session) throw diariesErrors.sessionNotFound(id);
    return session;
  }

  private async validated(manager: EntityManager, actor: StaffPrincipal, session: DiarySessionEntity): Promise<DiarySessionEntity> {
    await this.shapes.assertValid(manager, actor, session);
    await this.shapes.assertOpenDay(manager, session);
    if (await manager.existsBy(DiarySessionEntity, { ...overlapping(session), day: session.day })) throw diariesErrors.overlapsSession();
    return session;
  }

  private record(manager: EntityManager, actor: StaffPrincipal, sessionId: string, action: string, changes: Record<string, unknown>) {
    return this.audit.record(manager, { actorKind: 'staff', actorId: actor.id, entity: 'session', entityId: sessionId, action, changes, at: this.clock.now() });
  }
}

function fields(dto: SaveSessionDto) {
  return { ...shapeFields(dto), day: dto.day };
}
