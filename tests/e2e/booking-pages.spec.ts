import { Page } from 'playwright-core';
import { closePage, openPage, saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { useDemoServer } from '../support/demo-seed';

describe('booking pages', () => {
  const demo = useDemoServer();
  let page: Page;

  beforeEach(async () => {
    page = await openPage(demo.browser, demo.server.baseUrl);
  });

  afterEach(async () => {
    await closePage(page);
  });

  it('runs the page scripts the security policy allows, with no errors in the console', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto('/');

    await expect(page.evaluate(() => document.body.classList.contains('govuk-frontend-supported'))).resolves.toBe(true);
    expect(errors).toEqual([]);
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

  it('tells a resident the birth target, how the appointment is held and what to bring, as the service is set', async () => {
    await page.goto('/book/birth');

    const main = await page.locator('main').innerText();
    expect(main).toContain('We aim to offer you an appointment within 5 working days of your request.');
    expect(main).toContain('Your appointment will be in person at a register office.');
    expect(main).toContain('Proof of identity for each parent attending');
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'booking-before-you-book');
  });

  it('takes a choice to its before-you-book page with JavaScript off', async () => {
    const context = await demo.browser.newContext({ baseURL: demo.server.baseUrl, javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await noScript.goto('/book');
      await noScript.getByLabel('A death').check();
      await noScript.getByRole('button', { name: 'Continue' }).click();

      await noScript.waitForURL('**/book/death');
      await expect(noScript.locator('h1').innerText()).resolves.toBe('Before you book');
      await expect(noScript.locator('main').innerText()).resolves.toContain('in person at a register office, or by telephone');
    } finally {
      await context.close();
    }
  });
});
