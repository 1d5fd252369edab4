import { AxeBuilder } from '@axe-core/playwright';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { RunningServer, startServer } from './server-process';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page in a context of its own (axe needs pages opened through `browser.newContext()`). */
export async function openPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** axe-core's serious and critical violations on the page, one line each, to assert as `[]`. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`);
}

/** Saves a full-page screenshot outside the repository, for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(tmpdir(), `regflow-e2e-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface BrowserSession {
  /** The page of the running test, opened fresh for each one against the session's server. */
  readonly page: Page;
}

/**
 * Registers the hooks of a browser test file: one built server and one Chromium for the file,
 * a fresh page for each test (opened at `startPath` when given).
 */
export function useBrowserSession(startPath?: string): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    page = await openPage(browser!, server!.baseUrl);
    if (startPath) await page.goto(startPath);
  });

  afterEach(async () => {
    if (page) await closePage(page);
  });

  return {
    get page() {
      if (!page) throw new Error('the page opens in beforeEach: use it inside a test');
      return page;
    },
  };
}
