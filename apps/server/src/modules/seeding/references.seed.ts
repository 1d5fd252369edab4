import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { BenchmarkEntity } from '../compliance/benchmark.entity';
import { SurveyResultEntity } from '../compliance/survey-result.entity';
import { toHistoricalRow } from '../compliance/history-import';
import { HistoricalEventEntity } from '../compliance/historical-event.entity';
import { DemoReferences } from './demo-data';
import { ReferenceHistory, referenceHistoryEvents } from './reference-history';

const CHUNK = 500;

/** DOMAIN.md's regional and national figures and the last customer survey, entered as if by `enteredBy`. */
export async function seedReferences(manager: EntityManager, references: DemoReferences, enteredBy: string, now: Date): Promise<number> {
  await manager.insert(
    BenchmarkEntity,
    references.benchmarks.map(({ indicator, period, area, value }) => ({ id: randomUUID(), indicator, period, area, valueTenths: Math.round(value * 10) })),
  );
  await manager.insert(
    SurveyResultEntity,
    references.surveys.map((survey) => ({ id: randomUUID(), ...survey, enteredBy, enteredAt: now })),
  );
  return references.benchmarks.length + references.surveys.length;
}

/** The history behind DOMAIN.md's published figures, as imported events; returns how many. */
export async function seedHistory(manager: EntityManager, history: ReferenceHistory): Promise<number> {
  const rows = referenceHistoryEvents(history).map(toHistoricalRow).filter((row): row is HistoricalEventEntity => row !== null);
  for (let first = 0; first < rows.length; first += CHUNK) await manager.insert(HistoricalEventEntity, rows.slice(first, first + CHUNK));
  return rows.length;
}
