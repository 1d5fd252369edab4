import { registerAs } from '@nestjs/config';
import { databaseConfigFrom } from './database.config';
import { Environment, readEnvironment } from './environment';

export interface RuntimeConfig {
  readonly logLevel: string;
}

/** On the embedded SQLite default the worker runs inside the API, so one process writes the file. */
export function workerInProcess(environment: Environment): boolean {
  if (environment.RUN_WORKER_IN_PROCESS !== undefined) return environment.RUN_WORKER_IN_PROCESS === 'true';
  return databaseConfigFrom(environment).engine === 'sqlite';
}

export const runtimeConfig = registerAs('runtime', (): RuntimeConfig => {
  return { logLevel: readEnvironment(process.env).LOG_LEVEL };
});
