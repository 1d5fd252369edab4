import { Browser, Page } from 'playwright-core';
import {
  closePage,
  launchChromium,
  openPage,
  saveScreenshot,
  seriousAccessibilityViolations,
} from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';

describe('admin dashboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    page = await openPage(browser, server.baseUrl);
    await page.goto('/admin/');
  });

  afterEach(async () => {
    await closePage(page);
  });

  function componentStatus(name: string) {
    return page.getByRole('region', { name: 'System status' }).getByRole('listitem').filter({ hasText: name });
  }

  it('reports the database as up on the System status card', async () => {
    const database = componentStatus('Database');

    await database.waitFor();
    await expect(database.innerText()).resolves.toMatch(/^Database\s+Up$/);
    await saveScreenshot(page, 'admin-dashboard');
  });

  it('has no serious accessibility problems once the status is shown', async () => {
    await componentStatus('Database').waitFor();

    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
  });
});
