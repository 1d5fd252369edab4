import type { ErrorResponse } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18n-provider';
import { createAuthProvider, SignedInStaff } from './auth-provider';

const amrit: SignedInStaff = { id: 'staff-7', name: 'Amrit Kaur', roles: ['registrar'] };

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

  it('signs out on the server', async () => {
    const { sent, authProvider } = serverAnswering(() => new Response(null, { status: 204 }));

    await authProvider.logout();

    expect(sent).toEqual([{ url: '/api/auth/logout', init: expect.objectContaining({ method: 'POST', credentials: 'same-origin' }) }]);
  });
});
