import type { ErrorResponse, SignedInStaffResponse, StaffRole } from '@regflow/contracts';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { mayAccess } from './access';

/** What the sign-in form sends. */
export interface SignInDetails {
  readonly email: string;
  readonly password: string;
}

const AUTH_URL = '/api/auth';

/** With `message: false`, react-admin goes to the sign-in page without a "please sign in" notice. */
class NotSignedIn {
  readonly message = false;
  constructor(readonly status: number) {}
}

/** Message keys of `regflow.auth` shown when signing in fails. */
export const SIGN_IN_REFUSALS = {
  wrongCredentials: 'regflow.auth.wrong_credentials',
  unreachable: 'regflow.auth.unreachable',
  failed: 'ra.auth.sign_in_error',
} as const;

/** A react-admin auth provider over the server's HttpOnly session cookie. */
export function createAuthProvider(fetchFn: typeof fetch) {
  const call = (path: string, init: RequestInit = {}) =>
    fetchFn(`${AUTH_URL}/${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...init.headers },
    });

  async function askWhoIsSignedIn(): Promise<SignedInStaffResponse> {
    const response = await call('me');
    if (!response.ok) throw new NotSignedIn(response.status);
    return (await response.json()) as SignedInStaffResponse;
  }

  /** A menu asks about each item at once: one request answers every question asked while it is on its way. */
  let asking: Promise<SignedInStaffResponse> | undefined;
  function signedInStaff(): Promise<SignedInStaffResponse> {
    asking ??= askWhoIsSignedIn().finally(() => {
      asking = undefined;
    });
    return asking;
  }

  return {
    async login({ email, password }: SignInDetails) {
      let response: Response;
      try {
        response = await call('login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
      } catch {
        throw new Error(SIGN_IN_REFUSALS.unreachable);
      }
      if (!response.ok) throw new Error(await signInRefusal(response));
    },

    async logout() {
      await call('logout', { method: 'POST' });
    },

    async checkAuth() {
      await signedInStaff();
    },

    /** A 401 means the session has ended; a 403 is a refusal of one action, not of the session. */
    async checkError(error: { status?: number } | undefined) {
      if (error?.status === 401) throw error;
    },

    async getIdentity(): Promise<UserIdentity> {
      const { id, name } = await signedInStaff();
      return { id, fullName: name };
    },

    async getPermissions(): Promise<readonly StaffRole[]> {
      return (await signedInStaff()).roles;
    },

    /** What the signed-in member of staff may do, by the one table of `access.ts`. */
    async canAccess({ resource, action }: { resource: string; action: string }): Promise<boolean> {
      return mayAccess((await signedInStaff()).roles, resource, action);
    },
  } satisfies AuthProvider;
}

/** A 401 is a wrong email or password; any other refusal (429: too many attempts) says what to do itself. */
async function signInRefusal(response: Response): Promise<string> {
  if (response.status === 401) return SIGN_IN_REFUSALS.wrongCredentials;
  const body = (await response.json().catch(() => undefined)) as Partial<ErrorResponse> | undefined;
  return typeof body?.message === 'string' && body.message !== '' ? body.message : SIGN_IN_REFUSALS.failed;
}

export const authProvider = createAuthProvider((input, init) => fetch(input, init));
