import { registerAs } from '@nestjs/config';
import { Environment, readEnvironment } from './environment';

export interface LinksConfig {
  /** The address every link in a message or page starts with, without a trailing slash. */
  readonly publicBaseUrl: string;
}

/** Addresses a server listens on that no one can open: links go to this machine instead. */
const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

/** `PUBLIC_BASE_URL` when set; otherwise the address the server listens on (`HOST`, `PORT`). */
export function publicBaseUrlFrom(environment: Pick<Environment, 'PUBLIC_BASE_URL' | 'HOST' | 'PORT'>): string {
  if (environment.PUBLIC_BASE_URL) return environment.PUBLIC_BASE_URL.replace(/\/+$/, '');
  const host = EVERY_INTERFACE.has(environment.HOST) ? '127.0.0.1' : environment.HOST;
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${environment.PORT}`;
}

export const linksConfig = registerAs('links', (): LinksConfig => ({ publicBaseUrl: publicBaseUrlFrom(readEnvironment(process.env)) }));
