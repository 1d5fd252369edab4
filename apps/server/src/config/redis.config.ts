import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface RedisConfig {
  readonly url: string;
}

export const redisConfig = registerAs('redis', (): RedisConfig => ({ url: readEnvironment(process.env).REDIS_URL }));
