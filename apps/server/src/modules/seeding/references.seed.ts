import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { BenchmarkEntity } from '../compliance/benchmark.entity';
import { SurveyResultEntity } from '../compliance/survey-result.entity';
import { DemoReferences } from './demo-data';

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
