import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { RunningServer, startServer } from './server-process';

/** Where screenshots are kept as test artefacts (git-ignored with the rest of `tests/reports`). */
export const SCREENSHOTS_DIR = join(__dirname, '..', 'reports', 'screenshots');

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

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const describeViolation = ({ id, impact, help, nodes }: AxeViolation) => `${id} (${impact ?? 'no impact'}): ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`;

/** axe-core's serious and critical violations on the page, one line each, to assert as `[]`. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical').map(describeViolation);
}

/** Every axe-core violation on the page, whatever its impact, one line each, to assert as `[]`. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page alone, without a second page to combine frames' results: these pages have no frames.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations.map(describeViolation);
}

/** A page with scripts on that serves a copy of another page's document, for axe-core to check. */
interface CopyingPage {
  readonly page: Page;
  document: { readonly url: string; readonly html: string } | null;
  /** The checks run one at a time: each one's copy is the document served. */
  queue: Promise<unknown>;
}

const copyingPages = new WeakMap<Browser, Promise<CopyingPage>>();

async function openCopyingPage(browser: Browser): Promise<CopyingPage> {
  const context = await browser.newContext();
  const copying: CopyingPage = { page: await context.newPage(), document: null, queue: Promise.resolve() };
  // The document comes from the copy, with the page's own scripts blocked; its stylesheets and images from the server.
  await context.route('**/*', (route) => {
    const { document } = copying;
    const request = route.request();
    if (!document || !request.isNavigationRequest() || request.url() !== document.url) return route.continue();
    return route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': "script-src 'none'" }, body: document.html });
  });
  return copying;
}

/**
 * `accessibilityViolations` of a page opened with JavaScript off. axe-core waits on timers, which
 * Chromium stops with scripts, so it checks a copy: the page's document at the same address, in a
 * viewport of the same size, with its stylesheets, and with its own scripts blocked by a
 * Content-Security-Policy, so the copy is the page as a resident without JavaScript has it.
 */
export async function accessibilityViolationsWithoutScripts(page: Page): Promise<string[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser: open it with browser.newContext()');
  if (!copyingPages.has(browser)) copyingPages.set(browser, openCopyingPage(browser));
  const copying = await copyingPages.get(browser)!;
  const check = copying.queue.then(async () => {
    const url = page.url().split('#')[0]!;
    copying.document = { url, html: await page.content() };
    await copying.page.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    await copying.page.goto(url);
    const [original, copy] = [await page.title(), await copying.page.title()];
    if (copy !== original) throw new Error(`the copy of "${original}" (${url}) is "${copy}": it was not served from the copy`);
    return accessibilityViolations(copying.page);
  });
  copying.queue = check.catch(() => undefined);
  return check;
}

/** Saves a full-page screenshot as a test artefact, `tests/reports/screenshots/<name>.png`, for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
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
