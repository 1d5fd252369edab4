import type { ErrorResponse, SignedInStaffResponse, StaffRole } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18n-provider';
import { createAuthProvider } from './auth-provider';

const amrit: SignedInStaffResponse = { id: 'staff-7', name: 'Amrit Kaur', roles: ['registrar'] };

const notSignedIn: ErrorResponse = { statusCode: 401, code: 'not-signed-in', message: 'sign in first: POST /api/auth/login' };

interface SentRequest {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

/** The browser's fetch to the server, answering every request with `response()` and keeping what was sent. */
function serverAnswering(response: () => Response) {
  const sent: SentRequest[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    sent.push({ url: String(input), init });
    return response();
  };
  return { sent, authProvider: createAuthProvider(fetchFn) };
}

/** The text react-admin's notification shows for a sign-in error. */
async function shownText(refusal: Promise<unknown>): Promise<string> {
  const error = await refusal.then(
    () => expect.fail('sign-in was accepted'),
    (reason: unknown) => reason as Error,
  );
  return i18nProvider.translate(error.message, { _: error.message });
}

describe(createAuthProvider.name, () => {
  describe('login', () => {
    it('sends the email and password to the server with the session cookie allowed', async () => {
      const { sent, authProvider } = serverAnswering(() => Response.json(amrit));

      await authProvider.login({ email: 'amrit.kaur@regflow.example', password: 'heron-maple-quartz-42' });

      expect(sent).toHaveLength(1);
      expect(sent[0].url).toBe('/api/auth/login');
      expect(sent[0].init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
      expect(JSON.parse(String(sent[0].init?.body))).toEqual({ email: 'amrit.kaur@regflow.example', password: 'heron-maple-quartz-42' });
    });

    it('says the email address or password is wrong on a 401', async () => {
      const { authProvider } = serverAnswering(() =>
        Response.json({ statusCode: 401, code: 'wrong-credentials', message: 'the email or password is wrong' }, { status: 401 }),
      );

      await expect(shownText(authProvider.login({ email: 'amrit.kaur@regflow.example', password: 'wrong' }))).resolves.toBe(
        'The email address or password is wrong. Check both and try again.',
      );
    });

    it("shows the server's message when there have been too many attempts", async () => {
      const tooMany = 'too many failed sign-ins for this account or from this address: try again in 15 minutes';
      const { authProvider } = serverAnswering(() =>
        Response.json({ statusCode: 429, code: 'too-many-sign-in-attempts', message: tooMany }, { status: 429 }),
      );

      await expect(shownText(authProvider.login({ email: 'amrit.kaur@regflow.example', password: 'wrong' }))).resolves.toBe(tooMany);
    });

    it('says the server cannot be reached when the request fails', async () => {
      const { authProvider } = serverAnswering(() => {
        throw new TypeError('Failed to fetch');
      });

      await expect(shownText(authProvider.login({ email: 'amrit.kaur@regflow.example', password: 'x' }))).resolves.toMatch(
        /cannot be reached/,
      );
    });
  });

  describe('checkAuth', () => {
    it('accepts a session the server knows', async () => {
      const { sent, authProvider } = serverAnswering(() => Response.json(amrit));

      await expect(authProvider.checkAuth()).resolves.toBeUndefined();
      expect(sent[0]).toMatchObject({ url: '/api/auth/me', init: { credentials: 'same-origin' } });
    });

    it('sends a visitor the server does not know to the sign-in page, without a notice', async () => {
      const { authProvider } = serverAnswering(() => Response.json(notSignedIn, { status: 401 }));

      await expect(authProvider.checkAuth()).rejects.toMatchObject({ status: 401, message: false });
    });
  });

  describe('checkError', () => {
    it('signs out when the server says the session has ended (401)', async () => {
      const { authProvider } = serverAnswering(() => Response.json(amrit));

      await expect(authProvider.checkError({ status: 401 })).rejects.toMatchObject({ status: 401 });
    });

    it('stays signed in when one action is refused (403)', async () => {
      const { authProvider } = serverAnswering(() => Response.json(amrit));

      await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
    });
  });

  describe('who is signed in', () => {
    it('gives their name as the identity the app bar shows', async () => {
      const { authProvider } = serverAnswering(() => Response.json(amrit));

      await expect(authProvider.getIdentity()).resolves.toEqual({ id: 'staff-7', fullName: 'Amrit Kaur' });
    });

    it('gives their roles as permissions', async () => {
      const { authProvider } = serverAnswering(() => Response.json({ ...amrit, roles: ['registrar', 'manager'] }));

      await expect(authProvider.getPermissions()).resolves.toEqual(['registrar', 'manager']);
    });

    it('has no permissions once the session has ended', async () => {
      const { authProvider } = serverAnswering(() => Response.json(notSignedIn, { status: 401 }));

      await expect(authProvider.getPermissions()).rejects.toMatchObject({ status: 401 });
    });
  });

  describe('canAccess', () => {
    /** What someone holding `roles` may do: `[resource, action]` pairs the auth provider allows. */
    async function allowed(roles: readonly StaffRole[], questions: readonly (readonly [string, string])[]) {
      const { authProvider } = serverAnswering(() => Response.json({ ...amrit, roles }));
      const answers = await Promise.all(questions.map(([resource, action]) => authProvider.canAccess({ resource, action })));
      return questions.filter((_, index) => answers[index]).map(([resource, action]) => `${resource}:${action}`);
    }

    const pages = [['today', 'list'], ['diary', 'list'], ['book-by-phone', 'list']] as const;
    const lists = [['appointments', 'list'], ['requests', 'list'], ['messages', 'list'], ['alerts', 'list'], ['audit', 'list']] as const;

    it.each([
      ['registrar', ['today:list', 'diary:list', 'book-by-phone:list', 'appointments:list', 'requests:list', 'messages:list', 'alerts:list']],
      ['superintendent-registrar', ['today:list', 'diary:list', 'book-by-phone:list', 'appointments:list', 'requests:list', 'messages:list', 'alerts:list']],
      ['manager', ['today:list', 'diary:list', 'book-by-phone:list', 'appointments:list', 'requests:list', 'messages:list', 'alerts:list', 'audit:list']],
      ['admin', ['appointments:list', 'requests:list', 'messages:list', 'alerts:list', 'audit:list']],
    ] as const)('opens to a %s only the pages their role may use', async (role, pagesOpen) => {
      await expect(allowed([role], [...pages, ...lists])).resolves.toEqual(pagesOpen);
    });

    it('lets registrars, superintendent registrars and managers book, as the server does, but not admins', async () => {
      const booking = [['appointments', 'create']] as const;

      await expect(allowed(['registrar'], booking)).resolves.toEqual(['appointments:create']);
      await expect(allowed(['superintendent-registrar'], booking)).resolves.toEqual(['appointments:create']);
      await expect(allowed(['manager'], booking)).resolves.toEqual(['appointments:create']);
      await expect(allowed(['admin'], booking)).resolves.toEqual([]);
    });

    it('keeps the audit trail to managers and admins', async () => {
      const audit = [['audit', 'list'], ['audit', 'show'], ['audit', 'export']] as const;

      await expect(allowed(['registrar', 'superintendent-registrar'], audit)).resolves.toEqual([]);
      await expect(allowed(['manager'], audit)).resolves.toEqual(['audit:list', 'audit:show', 'audit:export']);
      await expect(allowed(['admin'], audit)).resolves.toEqual(['audit:list', 'audit:show', 'audit:export']);
    });

    it('lets every member of staff resend a message and resolve an alert, and no one delete either', async () => {
      const actions = [['messages', 'resend'], ['alerts', 'edit'], ['messages', 'delete'], ['alerts', 'delete']] as const;

      await expect(allowed(['registrar'], actions)).resolves.toEqual(['messages:resend', 'alerts:edit']);
    });

    it('lets those who may record a date of death change a request, but not admins', async () => {
      await expect(allowed(['registrar'], [['requests', 'edit']])).resolves.toEqual(['requests:edit']);
      await expect(allowed(['admin'], [['requests', 'edit']])).resolves.toEqual([]);
    });

    it('adds up the rights of several roles', async () => {
      await expect(allowed(['registrar', 'admin'], [['audit', 'list'], ['diary', 'list'], ['staff', 'edit']])).resolves.toEqual([
        'audit:list',
        'diary:list',
        'staff:edit',
      ]);
    });

    it('refuses a resource or an action the table does not name', async () => {
      await expect(allowed(['manager', 'admin'], [['payments', 'list'], ['appointments', 'delete'], ['audit', 'toString'], ['constructor', 'list']])).resolves.toEqual(
        [],
      );
    });

    it('asks the server once for a menu full of questions asked together', async () => {
      const { sent, authProvider } = serverAnswering(() => Response.json(amrit));

      await Promise.all(lists.map(([resource, action]) => authProvider.canAccess({ resource, action })));

      expect(sent.map(({ url }) => url)).toEqual(['/api/auth/me']);
    });

    it('allows nothing once the session has ended', async () => {
      const { authProvider } = serverAnswering(() => Response.json(notSignedIn, { status: 401 }));

      await expect(authProvider.canAccess({ resource: 'appointments', action: 'list' })).rejects.toMatchObject({ status: 401 });
    });
  });

  it('signs out on the server', async () => {
    const { sent, authProvider } = serverAnswering(() => new Response(null, { status: 204 }));

    await authProvider.logout();

    expect(sent).toEqual([{ url: '/api/auth/logout', init: expect.objectContaining({ method: 'POST', credentials: 'same-origin' }) }]);
  });
});
