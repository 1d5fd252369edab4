import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConsoleMessage, Page } from 'playwright-core';
import { closePage, openPage } from './browser';
import { useDemoServer } from './demo-seed';

const REGFLOW = join(__dirname, '..', '..', 'apps', 'server', 'bin', 'regflow.js');

/** A demo registrar of the seed's staff.json. */
export const DEMO_REGISTRAR = { name: 'Amrit Kaur', email: 'amrit.kaur@regflow.example' } as const;

/** A demo manager of the seed's staff.json. */
export const DEMO_MANAGER = { name: 'Susan Whitfield', email: 'susan.whitfield@regflow.example' } as const;

/** Gives a member of staff in `dataDir` a new password with `regflow staff reset-password`, and returns it. */
export async function resetStaffPassword(dataDir: string, email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [REGFLOW, 'staff', 'reset-password', email], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  const password = /now signs in with: (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`regflow staff reset-password printed no password:\n${stdout}`);
  return password;
}

/** Fills in and sends the admin app's sign-in form, on the page it is showing. */
export async function signInToAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Whether a console error is Chromium's own line for a 401 from the sign-in endpoints: the answer
 * to a wrong password, or to "who is signed in?" before anyone is. Any other error is a fault.
 */
export function isExpectedSignInRefusal(message: ConsoleMessage): boolean {
  return (
    message.text().startsWith('Failed to load resource: the server responded with a status of 401') &&
    /\/api\/auth\/(me|login)$/.test(message.location().url)
  );
}

export interface AdminSession {
  /** The page of the running test, opened fresh at `/admin/` for each one. */
  readonly page: Page;
  /** The password `DEMO_REGISTRAR` signs in with. */
  readonly registrarPassword: string;
  /** The password `DEMO_MANAGER` signs in with. */
  readonly managerPassword: string;
}

/**
 * Registers the hooks of an admin browser test file: one built server over the demo seed and one
 * Chromium for the file, a fresh page at `/admin/` for each test, and no console errors in any
 * test but the sign-in refusals (`isExpectedSignInRefusal`).
 */
export function useAdminSession(): AdminSession {
  let registrarPassword: string | undefined;
  let managerPassword: string | undefined;
  let page: Page | undefined;
  let consoleErrors: string[] = [];
  const demo = useDemoServer({
    prepare: async (dataDir) => {
      registrarPassword = await resetStaffPassword(dataDir, DEMO_REGISTRAR.email);
      managerPassword = await resetStaffPassword(dataDir, DEMO_MANAGER.email);
    },
  });

  beforeEach(async () => {
    page = await openPage(demo.browser, demo.server.baseUrl);
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpectedSignInRefusal(message)) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto('/admin/');
  });

  afterEach(async () => {
    if (page) await closePage(page);
    expect(consoleErrors).toEqual([]);
  });

  return {
    get page() {
      if (!page) throw new Error('the page opens in beforeEach: use it inside a test');
      return page;
    },
    get registrarPassword() {
      if (!registrarPassword) throw new Error('the password is set in beforeAll: use it inside a test');
      return registrarPassword;
    },
    get managerPassword() {
      if (!managerPassword) throw new Error('the password is set in beforeAll: use it inside a test');
      return managerPassword;
    },
  };
}
