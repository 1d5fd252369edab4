import { Injectable } from '@nestjs/common';
import { EntityManager, FindOptionsWhere, LessThan, MoreThan, Not } from 'typeorm';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { OfficesDirectory } from '../settings/offices.directory';
import { StaffDirectory } from '../staff/staff-directory.service';
import { diariesErrors } from './diaries.errors';
import { SessionShape } from './session-shape';

/** What a session or a rota template must be before it is saved. */
@Injectable()
export class SessionShapeRules {
  constructor(
    private readonly staff: StaffDirectory,
    private readonly offices: OfficesDirectory,
  ) {}

  /** Refuses a session or template the actor may not edit, with its times the wrong way round, or naming unknown staff or offices. */
  async assertValid(manager: EntityManager, actor: StaffPrincipal, shape: SessionShape): Promise<void> {
    if (!mayEditDiaryOf(actor, shape.registrarId)) throw authErrors.notYourDiary();
    if (shape.endTime <= shape.startTime) throw diariesErrors.endsBeforeStart();
    if (!(await this.staff.exists(manager, shape.registrarId))) throw diariesErrors.unknownRegistrar(shape.registrarId);
    if (shape.officeId !== null && !(await this.offices.exists(manager, shape.officeId))) throw diariesErrors.unknownOffice(shape.officeId);
  }
}

/** Other rows of the same registrar whose times overlap `shape`'s; the caller adds the day or weekday. */
export function overlapping<T extends SessionShape>(shape: T): FindOptionsWhere<SessionShape> {
  return { id: Not(shape.id), registrarId: shape.registrarId, startTime: LessThan(shape.endTime), endTime: MoreThan(shape.startTime) };
}
