import { saveScreenshot, seriousAccessibilityViolations, useBrowserSession } from '../support/browser';

describe('booking pages', () => {
  const session = useBrowserSession();

  it('runs the page scripts the security policy allows, with no errors in the console', async () => {
    const errors: string[] = [];
    session.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await session.page.goto('/');

    await expect(session.page.evaluate(() => document.body.classList.contains('govuk-frontend-supported'))).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('has a start page without serious accessibility problems', async () => {
    await session.page.goto('/');

    await expect(session.page.title()).resolves.toMatch(/^Book a registration appointment/);
    await expect(seriousAccessibilityViolations(session.page)).resolves.toEqual([]);
    await saveScreenshot(session.page, 'booking-start');
  });

  it('lets a keyboard user reach the skip link first, then Start now', async () => {
    await session.page.goto('/');

    const tabbedTo: string[] = [];
    while (!tabbedTo.includes('Start now') && tabbedTo.length < 10) {
      await session.page.keyboard.press('Tab');
      tabbedTo.push((await session.page.evaluate(() => document.activeElement?.textContent ?? '')).trim());
    }
    expect(tabbedTo[0]).toBe('Skip to main content');
    expect(tabbedTo).toContain('Start now');

    await session.page.keyboard.press('Enter');
    await session.page.waitForURL('**/book');
    await expect(session.page.locator('h1').innerText()).resolves.toBe('What do you need to register?');
  });

  it('shows an error summary whose link moves focus to the radios when nothing is chosen', async () => {
    await session.page.goto('/book');
    await session.page.getByRole('button', { name: 'Continue' }).click();

    const summary = session.page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(session.page.title()).resolves.toMatch(/^Error: /);
    await expect(summary.innerText()).resolves.toContain('Select what you need to register');
    await expect(seriousAccessibilityViolations(session.page)).resolves.toEqual([]);
    await saveScreenshot(session.page, 'booking-error');

    await summary.getByRole('link', { name: 'Select what you need to register' }).click();
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('type');
  });
});
