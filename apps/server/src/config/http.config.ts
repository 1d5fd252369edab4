import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface HttpConfig {
  readonly host: string;
  readonly port: number;
  /** Requests a minute one address may make to the public endpoints. */
  readonly publicRequestsPerMinute: number;
}

export const httpConfig = registerAs('http', (): HttpConfig => {
  const environment = readEnvironment(process.env);
  return { host: environment.HOST, port: environment.PORT, publicRequestsPerMinute: environment.PUBLIC_REQUESTS_PER_MINUTE };
});
