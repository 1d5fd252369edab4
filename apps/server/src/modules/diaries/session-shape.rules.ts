import { Injectable } from '@nestjs/common';
import { bankHolidays, parseCivilDate } from '@regflow/calendar';
import { registerOfficeName } from '@regflow/contracts';
import { EntityManager, FindOptionsWhere, LessThan, MoreThan, Not } from 'typeorm';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { ClosureDaysService } from '../settings/closure-days.service';
import { OfficesDirectory } from '../settings/offices.directory';
import { StaffDirectory } from '../staff/staff-directory.service';
import { diariesErrors } from './diaries.errors';
import { DiarySessionEntity } from './diary-session.entity';
import { SessionShape } from './session-shape';

/** What a session or a rota template must be before it is saved. */
@Injectable()
export class SessionShapeRules {
  constructor(
    private readonly staff: StaffDirectory,
    private readonly offices: OfficesDirectory,
    private readonly closureDays: ClosureDaysService,
  ) {}

  /** Refuses a session or template the actor may not edit, with its times the wrong way round, or naming unknown staff or offices. */
  async assertValid(manager: EntityManager, actor: StaffPrincipal, shape: SessionShape): Promise<void> {
    if (!mayEditDiaryOf(actor, shape.registrarId)) throw authErrors.notYourDiary();
    if (shape.endTime <= shape.startTime) throw diariesErrors.endsBeforeStart();
    if (!(await this.staff.exists(manager, shape.registrarId))) throw diariesErrors.unknownRegistrar(shape.registrarId);
    if (shape.officeId !== null && !(await this.offices.exists(manager, shape.officeId))) throw diariesErrors.unknownOffice(shape.officeId);
  }

  /** Refuses a session on an England and Wales bank holiday, a service-wide closure day, or a day its office is closed, saying which. */
  async assertOpenDay(manager: EntityManager, { day, officeId }: Pick<DiarySessionEntity, 'day' | 'officeId'>): Promise<void> {
    const holiday = bankHolidays(parseCivilDate(day).year).find((candidate) => candidate.date === day);
    if (holiday) throw diariesErrors.onBankHoliday(day, holiday.title);
    const closure = await this.closureDays.closureOn(manager, day, officeId);
    if (!closure) return;
    if (closure.scope === 'service' || officeId === null) throw diariesErrors.onServiceClosure(day, closure.reason);
    const office = await this.offices.find(manager, officeId);
    throw diariesErrors.onOfficeClosure(day, office ? registerOfficeName(office.name) : 'the office', closure.reason);
  }
}

/** Other rows of the same registrar whose times overlap `shape`'s; the caller adds the day or weekday. */
export function overlapping<T extends SessionShape>(shape: T): FindOptionsWhere<SessionShape> {
  return { id: Not(shape.id), registrarId: shape.registrarId, startTime: LessThan(shape.endTime), endTime: MoreThan(shape.startTime) };
}
