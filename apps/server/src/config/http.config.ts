import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface HttpConfig {
  readonly host: string;
  readonly port: number;
}

export const httpConfig = registerAs('http', (): HttpConfig => {
  const environment = readEnvironment(process.env);
  return { host: environment.HOST, port: environment.PORT };
});
