import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { OfficeEntity } from './office.entity';

export interface OfficeSummary {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  /** Null where the office has no public telephone number of its own. */
  readonly phone: string | null;
}

const SUMMARY = { id: true, name: true, address: true, phone: true } as const;

/** What other modules read of the offices; every method runs in the caller's unit of work. */
@Injectable()
export class OfficesDirectory {
  all(manager: EntityManager): Promise<OfficeSummary[]> {
    return manager.find(OfficeEntity, { select: SUMMARY, order: { name: 'ASC' } });
  }

  find(manager: EntityManager, id: string): Promise<OfficeSummary | null> {
    return manager.findOne(OfficeEntity, { select: SUMMARY, where: { id } });
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(OfficeEntity, { id });
  }

  /** The first of `ids` that is not an office, if any. */
  async firstUnknown(manager: EntityManager, ids: readonly string[]): Promise<string | undefined> {
    if (ids.length === 0) return undefined;
    const known = new Set((await manager.find(OfficeEntity, { select: { id: true }, where: { id: In([...ids]) } })).map((office) => office.id));
    return ids.find((id) => !known.has(id));
  }
}
