import { plainToInstance } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The environment variables regflow reads, validated once at start. */
export class Environment {
  @IsOptional()
  @Matches(/^(postgres|postgresql):\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL, or unset for the embedded SQLite file' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR: string = './data';

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'QUEUE_PREFIX may use lower-case letters, digits and dashes only' })
  QUEUE_PREFIX: string = 'regflow';

  @IsOptional()
  @IsInt({ message: 'QUEUE_CHECK_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'QUEUE_CHECK_MS must be 0 (do not check) or more' })
  QUEUE_CHECK_MS: number = 60_000;

  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  HOST: string = '127.0.0.1';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_BASE_URL must be the http:// or https:// address residents open, e.g. https://book.example.gov.uk' })
  PUBLIC_BASE_URL?: string;

  @IsOptional()
  @IsInt({ message: 'PUBLIC_REQUESTS_PER_MINUTE must be a whole number' })
  @Min(1, { message: 'PUBLIC_REQUESTS_PER_MINUTE must be 1 or more' })
  PUBLIC_REQUESTS_PER_MINUTE: number = 120;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @MinLength(32, { message: 'APP_SECRET must be at least 32 characters' })
  APP_SECRET?: string;

  @IsOptional()
  @IsBooleanString({ message: 'RUN_WORKER_IN_PROCESS must be true or false' })
  RUN_WORKER_IN_PROCESS?: string;

  @IsOptional()
  @IsInt({ message: 'OUTBOX_POLL_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'OUTBOX_POLL_MS must be 0 (do not poll) or more' })
  OUTBOX_POLL_MS: number = 1000;

  @IsOptional()
  @IsInt({ message: 'MESSAGE_ATTEMPTS must be a whole number' })
  @Min(1, { message: 'MESSAGE_ATTEMPTS must be 1 or more' })
  @Max(20, { message: 'MESSAGE_ATTEMPTS must be 20 or fewer' })
  MESSAGE_ATTEMPTS: number = 6;

  @IsOptional()
  @IsInt({ message: 'MESSAGE_RETRY_DELAY_MS must be a whole number of milliseconds' })
  @Min(1, { message: 'MESSAGE_RETRY_DELAY_MS must be 1 or more' })
  MESSAGE_RETRY_DELAY_MS: number = 30_000;
}

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, present, { enableImplicitConversion: true, excludeExtraneousValues: false });
  const problems = validateSync(environment, { whitelist: false }).flatMap((error) => Object.values(error.constraints ?? {}));
  if (problems.length > 0) {
    throw new ConfigurationError(`regflow cannot start: ${problems.join('; ')}`);
  }
  return environment;
}
