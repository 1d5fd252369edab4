import { Injectable } from '@nestjs/common';
import { londonInstant } from '@regflow/calendar';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { ListQuery } from '../../common/pagination/list-query';
import { dayRange, findExisting, idsFilter, listedDays, presentConditions } from '../../common/records/records';
import { UnitOfWork } from '../../common/unit-of-work';
import { AuditService, staffChange } from '../audit/audit.service';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { SlotClaims } from './slot-claims';
import { BlockInSession } from './blocks.response';
import { SaveBlockDto } from './blocks.dto';
import { diariesErrors } from './diaries.errors';
import { lockDiary } from './diary-lock';
import { DiarySessionEntity } from './diary-session.entity';
import { SessionBlockEntity } from './session-block.entity';

export const BLOCK_SORT_FIELDS = ['startsAt', 'id'] as const;
export const BLOCK_FILTERS = ['id', 'sessionId', 'registrarId', 'day', 'day_gte', 'day_lte'] as const;
type BlockSort = (typeof BLOCK_SORT_FIELDS)[number];

/** Time inside a session that cannot be booked (leave, training): never over a booked appointment. */
@Injectable()
export class BlocksService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly slotClaims: SlotClaims,
  ) {}

  /** A page of blocks: by id (one or several), session, or their session's registrar and London day or days (`day_gte`..`day_lte`, at most a year). */
  list(query: ListQuery<BlockSort>): Promise<[BlockInSession[], number]> {
    const { filter } = query;
    const days = listedDays(filter);
    const where = presentConditions<SessionBlockEntity>({
      id: idsFilter(filter.id),
      sessionId: typeof filter.sessionId === 'string' ? filter.sessionId : undefined,
    });
    const ofSessions = presentConditions<DiarySessionEntity>({
      registrarId: typeof filter.registrarId === 'string' ? filter.registrarId : undefined,
      day: typeof filter.day === 'string' ? filter.day : dayRange(days.from, days.to),
    });
    return this.unitOfWork.read(async (manager) => {
      const rows = manager.createQueryBuilder(SessionBlockEntity, 'block').where(where);
      if (Object.keys(ofSessions).length > 0) {
        rows.andWhere((inner) => `block.session_id IN ${inner.subQuery().select('session.id').from(DiarySessionEntity, 'session').where(ofSessions).getQuery()}`);
      }
      const [blocks, total] = await rows
        .orderBy(`block.${query.sort.field}`, query.sort.order)
        .addOrderBy('block.id', 'ASC')
        .skip(query.skip)
        .take(query.take)
        .getManyAndCount();
      const sessions = blocks.length ? await manager.findBy(DiarySessionEntity, { id: In([...new Set(blocks.map((block) => block.sessionId))]) }) : [];
      const sessionOf = new Map(sessions.map((session) => [session.id, session]));
      return [blocks.map((block) => ({ block, session: sessionOf.get(block.sessionId)! })), total];
    });
  }

  get(id: string): Promise<BlockInSession> {
    return this.unitOfWork.read(async (manager) => {
      const block = await existing(manager, id);
      return { block, session: (await manager.findOneBy(DiarySessionEntity, { id: block.sessionId }))! };
    });
  }

  create(actor: StaffPrincipal, dto: SaveBlockDto): Promise<BlockInSession> {
    return this.unitOfWork.run(async (manager) => {
      const saved = await this.saved(manager, actor, randomUUID(), dto);
      await this.audit.record(manager, staffChange(actor, 'block', saved.block.id, 'created', fields(dto), this.clock.now()));
      return saved;
    });
  }

  update(actor: StaffPrincipal, id: string, dto: SaveBlockDto): Promise<BlockInSession> {
    return this.unitOfWork.run(async (manager) => {
      const before = await existing(manager, id);
      await this.editableSession(manager, actor, before.sessionId);
      const saved = await this.saved(manager, actor, id, dto);
      await this.audit.record(manager, staffChange(actor, 'block', id, 'updated', fields(dto), this.clock.now()));
      return saved;
    });
  }

  remove(actor: StaffPrincipal, id: string): Promise<BlockInSession> {
    return this.unitOfWork.run(async (manager) => {
      const block = await existing(manager, id);
      const session = await this.editableSession(manager, actor, block.sessionId);
      await manager.delete(SessionBlockEntity, { id });
      await this.audit.record(manager, staffChange(actor, 'block', id, 'deleted', {}, this.clock.now()));
      return { block, session };
    });
  }

  /** Checks the block fits its session and misses every booked appointment, holding the diary lock so no booking slips in. */
  private async saved(manager: EntityManager, actor: StaffPrincipal, id: string, dto: SaveBlockDto): Promise<BlockInSession> {
    const session = await this.editableSession(manager, actor, dto.sessionId);
    if (dto.endTime <= dto.startTime) throw diariesErrors.endsBeforeStart();
    if (dto.startTime < session.startTime || dto.endTime > session.endTime) throw diariesErrors.blockOutsideSession(session.startTime, session.endTime);
    const block: SessionBlockEntity = {
      id,
      sessionId: session.id,
      startsAt: londonInstant(session.day, dto.startTime),
      endsAt: londonInstant(session.day, dto.endTime),
      reason: dto.reason,
    };
    await lockDiary(manager, session.registrarId);
    if (await this.slotClaims.isHeld(manager, session.registrarId, block.startsAt, block.endsAt)) throw diariesErrors.blockOverAppointments();
    return { block: await manager.save(SessionBlockEntity, block), session };
  }

  private async editableSession(manager: EntityManager, actor: StaffPrincipal, sessionId: string): Promise<DiarySessionEntity> {
    const session = await manager.findOneBy(DiarySessionEntity, { id: sessionId });
    if (!session) throw diariesErrors.unknownSession(sessionId);
    if (!mayEditDiaryOf(actor, session.registrarId)) throw authErrors.notYourDiary();
    return session;
  }
}

function existing(manager: EntityManager, id: string): Promise<SessionBlockEntity> {
  return findExisting(manager, SessionBlockEntity, { id }, () => diariesErrors.blockNotFound(id));
}

function fields(dto: SaveBlockDto) {
  return { sessionId: dto.sessionId, startTime: dto.startTime, endTime: dto.endTime, reason: dto.reason };
}
