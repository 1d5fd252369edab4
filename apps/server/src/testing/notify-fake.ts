import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface NotifyTokenClaims {
  readonly iss: string;
  readonly iat: number;
}

export interface NotifyFakeRequest {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** The token's claims when its signature, issuer and time checked out; null otherwise. */
  readonly token: NotifyTokenClaims | null;
  readonly status: number;
}

export interface NotifyFake {
  readonly baseUrl: string;
  /** A key as Notify shows it: `<key name>-<service id>-<secret>`. */
  readonly apiKey: string;
  readonly serviceId: string;
  /** The fake's one email template, `((subject))` and `((body))`. */
  readonly emailTemplateId: string;
  /** The fake's one text message template, `((body))`. */
  readonly smsTemplateId: string;
  readonly requests: NotifyFakeRequest[];
  /** The next request (after a valid token) gets this status and Notify's error body for it. */
  failNext(status: number): void;
  close(): Promise<void>;
}

type NotifyType = 'email' | 'sms';

interface Template {
  readonly id: string;
  readonly type: NotifyType;
  readonly placeholders: readonly string[];
}

/** Notify refuses a token issued more than 30 seconds from its own clock. */
const CLOCK_SKEW_SECONDS = 30;

const ERROR_BODIES: Readonly<Record<number, readonly [error: string, message: string]>> = {
  400: ['BadRequestError', "Can't send to this recipient using a team-only API key"],
  403: ['AuthError', 'Invalid token: API key not found'],
  429: ['RateLimitError', 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds'],
  500: ['Exception', 'Internal server error'],
};

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function errorBody(status: number, error: string, message: string) {
  return { status_code: status, errors: [{ error, message }] };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function decodeSegment(segment: string): Record<string, unknown> {
  return parseJson(Buffer.from(segment, 'base64url').toString('utf8'));
}

/** Checks a bearer token as Notify does: HS256 signed with the key's secret, issued by the service, within 30 seconds. */
function verifyToken(header: string | undefined, serviceId: string, secret: string): NotifyTokenClaims | string {
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
  if (!token) return 'Unauthorized: authentication token must be provided';
  const parts = token.split('.');
  if (parts.length !== 3) return 'Invalid token: signature, api token not found';
  const [head, payload, signature] = parts;
  if (decodeSegment(head).alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  const expected = createHmac('sha256', secret).update(`${head}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: signature, api token not found';
  const claims = decodeSegment(payload);
  if (claims.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > CLOCK_SKEW_SECONDS) {
    return 'Error: Your system clock must be accurate to within 30 seconds';
  }
  return { iss: claims.iss, iat: claims.iat };
}

function fill(text: string, personalisation: Record<string, unknown>): string {
  return text.replace(/\(\(([^)]+)\)\)/g, (_match, name: string) => String(personalisation[name] ?? ''));
}

/**
 * A local stand-in for the GOV.UK Notify API (`POST /v2/notifications/email` and `/sms`): it
 * checks the token as the real service does, validates the request and answers with Notify's
 * response shapes.
 */
export async function startNotifyFake(): Promise<NotifyFake> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const templates: Readonly<Record<NotifyType, Template>> = {
    email: { id: randomUUID(), type: 'email', placeholders: ['subject', 'body'] },
    sms: { id: randomUUID(), type: 'sms', placeholders: ['body'] },
  };
  const requests: NotifyFakeRequest[] = [];
  const failures: number[] = [];
  let baseUrl = '';

  function notification(type: NotifyType, body: Record<string, unknown>): [number, unknown] {
    const recipientField = type === 'email' ? 'email_address' : 'phone_number';
    for (const field of ['template_id', recipientField]) {
      if (typeof body[field] !== 'string' || body[field] === '') {
        return [400, errorBody(400, 'ValidationError', `${field} is a required property`)];
      }
    }
    const template = templates[type];
    if (body.template_id !== template.id) return [400, errorBody(400, 'BadRequestError', 'Template not found')];
    const personalisation = typeof body.personalisation === 'object' && body.personalisation !== null ? (body.personalisation as Record<string, unknown>) : {};
    const missing = template.placeholders.filter((name) => personalisation[name] === undefined);
    if (missing.length > 0) return [400, errorBody(400, 'BadRequestError', `Missing personalisation: ${missing.join(', ')}`)];
    const id = randomUUID();
    const content =
      type === 'email'
        ? { subject: fill('((subject))', personalisation), body: fill('((body))', personalisation), from_email: 'regflow.test@notifications.service.gov.uk', one_click_unsubscribe_url: null }
        : { body: fill('((body))', personalisation), from_number: 'GOVUK' };
    return [
      201,
      {
        id,
        reference: typeof body.reference === 'string' ? body.reference : null,
        content,
        uri: `${baseUrl}/v2/notifications/${id}`,
        template: { id: template.id, version: 1, uri: `${baseUrl}/services/${serviceId}/templates/${template.id}` },
        scheduled_for: null,
      },
    ];
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0];
    const body = parseJson(await readBody(request));
    const verified = verifyToken(request.headers.authorization, serviceId, secret);
    const token = typeof verified === 'string' ? null : verified;
    const respond = (status: number, payload: unknown) => {
      requests.push({ method, path, body, token, status });
      reply(response, status, payload);
    };
    if (typeof verified === 'string') return respond(403, errorBody(403, 'AuthError', verified));
    const type: NotifyType | null = method === 'POST' && path === '/v2/notifications/email' ? 'email' : method === 'POST' && path === '/v2/notifications/sms' ? 'sms' : null;
    if (!type) return respond(404, errorBody(404, 'NoResultFound', 'No result found'));
    const failure = failures.shift();
    if (failure !== undefined) {
      const [error, message] = ERROR_BODIES[failure] ?? ['Exception', `Fake failure ${failure}`];
      return respond(failure, errorBody(failure, error, message));
    }
    const [status, payload] = notification(type, body);
    respond(status, payload);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => reply(response, 500, errorBody(500, 'Exception', String(error))));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    apiKey: `regflow_test-${serviceId}-${secret}`,
    serviceId,
    emailTemplateId: templates.email.id,
    smsTemplateId: templates.sms.id,
    requests,
    failNext(status) {
      failures.push(status);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
