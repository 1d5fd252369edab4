import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OfficeEntity } from '../settings/office.entity';
import { DemoOffice } from './demo-data';

/** Inserts the offices; returns each office's id by its key in the data files. */
export async function seedOffices(manager: EntityManager, offices: readonly DemoOffice[], now: Date): Promise<ReadonlyMap<string, string>> {
  const rows: OfficeEntity[] = offices.map(({ name, address, phone, openingHours }) => ({ id: randomUUID(), name, address, phone: phone ?? null, openingHours, createdAt: now }));
  await manager.insert(OfficeEntity, rows);
  return new Map(offices.map((office, index) => [office.key, rows[index].id]));
}
