import { EntityManager, FindOptionsWhere, LessThan, MoreThan, Not } from 'typeorm';
import { authErrors } from '../auth/auth.errors';
import { mayEditDiaryOf, StaffPrincipal } from '../auth/staff-principal';
import { OfficeEntity } from '../offices/office.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { diariesErrors } from './diaries.errors';
import { SessionShape } from './session-shape';

/** Refuses a session or template the actor may not edit, with its times the wrong way round, or naming unknown staff or offices. */
export async function assertValidShape(manager: EntityManager, actor: StaffPrincipal, shape: SessionShape): Promise<void> {
  if (!mayEditDiaryOf(actor, shape.registrarId)) throw authErrors.notYourDiary();
  if (shape.endTime <= shape.startTime) throw diariesErrors.endsBeforeStart();
  if (!(await manager.existsBy(StaffUserEntity, { id: shape.registrarId }))) throw diariesErrors.unknownRegistrar(shape.registrarId);
  if (shape.officeId !== null && !(await manager.existsBy(OfficeEntity, { id: shape.officeId }))) throw diariesErrors.unknownOffice(shape.officeId);
}

/** Other rows of the same registrar whose times overlap `shape`'s; the caller adds the day or weekday. */
export function overlapping<T extends SessionShape>(shape: T): FindOptionsWhere<SessionShape> {
  return { id: Not(shape.id), registrarId: shape.registrarId, startTime: LessThan(shape.endTime), endTime: MoreThan(shape.startTime) };
}
