import 'reflect-metadata';
import { readEnvironment } from './environment';
import { publicBaseUrlFrom } from './links.config';

describe(publicBaseUrlFrom.name, () => {
  it.each<[string, Record<string, string>, string]>([
    ['the default address the server listens on', {}, 'http://127.0.0.1:3000'],
    ['the port the server was started on', { PORT: '3100' }, 'http://127.0.0.1:3100'],
    ['the host and port the server was started on', { HOST: 'regflow.internal', PORT: '8080' }, 'http://regflow.internal:8080'],
    ['this machine when the server listens on every interface', { HOST: '0.0.0.0', PORT: '3100' }, 'http://127.0.0.1:3100'],
    ['an IPv6 host in brackets', { HOST: '::1', PORT: '3100' }, 'http://[::1]:3100'],
    ['PUBLIC_BASE_URL when set, without its trailing slash, whatever the port', { PUBLIC_BASE_URL: 'https://book.example.gov.uk/', PORT: '3100' }, 'https://book.example.gov.uk'],
    ['PUBLIC_BASE_URL with a path', { PUBLIC_BASE_URL: 'https://example.gov.uk/registration' }, 'https://example.gov.uk/registration'],
  ])('follows %s', (_case, env, expected) => {
    expect(publicBaseUrlFrom(readEnvironment(env))).toBe(expected);
  });
});
