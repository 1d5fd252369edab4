import { Browser, Page } from 'playwright-core';
import {
  closePage,
  launchChromium,
  openPage,
  saveScreenshot,
  seriousAccessibilityViolations,
} from '../support/browser';
import { RunningServer, startServer } from '../support/server-process';

describe('booking pages', () => {
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
  });

  afterEach(async () => {
    await closePage(page);
  });

  it('has a start page without serious accessibility problems', async () => {
    await page.goto('/');

    await expect(page.title()).resolves.toMatch(/^Book a registration appointment/);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'booking-start');
  });

  it('lets a keyboard user reach the skip link first, then Start now', async () => {
    await page.goto('/');

    const tabbedTo: string[] = [];
    while (!tabbedTo.includes('Start now') && tabbedTo.length < 10) {
      await page.keyboard.press('Tab');
      tabbedTo.push((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim());
    }
    expect(tabbedTo[0]).toBe('Skip to main content');
    expect(tabbedTo).toContain('Start now');

    await page.keyboard.press('Enter');
    await page.waitForURL('**/book');
    await expect(page.locator('h1').innerText()).resolves.toBe('What do you need to register?');
  });

  it('shows an error summary whose link moves focus to the radios when nothing is chosen', async () => {
    await page.goto('/book');
    await page.getByRole('button', { name: 'Continue' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(summary.innerText()).resolves.toContain('Select what you need to register');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'booking-error');

    await summary.getByRole('link', { name: 'Select what you need to register' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('type');
  });
});
