import { CivilDate } from '@regflow/calendar';
import { sessionsFromTemplates } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DiarySessionEntity } from '../diaries/diary-session.entity';
import { SessionTemplateEntity } from '../diaries/session-template.entity';
import { DemoRotaSession, idFor } from './demo-data';
import { insertRows } from './insert-rows';

export interface SeededDiary {
  readonly templates: number;
  readonly sessions: readonly DiarySessionEntity[];
}

/** Inserts the rota as session templates and opens the diary from them for `weeks` weeks from `fromDay`. */
export async function seedDiary(
  manager: EntityManager,
  rota: readonly DemoRotaSession[],
  staffIds: ReadonlyMap<string, string>,
  officeIds: ReadonlyMap<string, string>,
  fromDay: CivilDate,
  weeks: number,
): Promise<SeededDiary> {
  const templates: SessionTemplateEntity[] = rota.map((session) => ({
    id: randomUUID(),
    registrarId: idFor(staffIds, session.registrar),
    officeId: session.office === null ? null : idFor(officeIds, session.office),
    weekday: session.weekday,
    startTime: session.startTime,
    endTime: session.endTime,
    acceptedTypes: [...session.acceptedTypes],
    active: true,
  }));
  await insertRows(manager, SessionTemplateEntity, templates);
  const sessions: DiarySessionEntity[] = sessionsFromTemplates(templates, fromDay, weeks, []).map((planned) => ({
    id: randomUUID(),
    ...planned,
    acceptedTypes: [...planned.acceptedTypes],
  }));
  await insertRows(manager, DiarySessionEntity, sessions);
  return { templates: templates.length, sessions };
}
