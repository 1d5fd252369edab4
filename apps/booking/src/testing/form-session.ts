import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/** The forgery token of the page's first form, as a browser would send it back. */
export function formTokenOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('the page has no form token');
  return token;
}

/**
 * A browser's visit: one cookie jar across pages, and forms sent with the token of the page they
 * are on (`submit` opens the page first, as a person would).
 */
export class FormSession {
  readonly agent: TestAgent;

  constructor(app: Express) {
    this.agent = request.agent(app);
  }

  get(path: string) {
    return this.agent.get(path);
  }

  async submit(path: string, fields: Record<string, string> = {}, from = path) {
    const page = await this.agent.get(from);
    return this.agent.post(path).type('form').send({ ...fields, _csrf: formTokenOf(page.text) });
  }
}
