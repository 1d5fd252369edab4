import { DateTime } from 'luxon';
import { Page } from 'playwright-core';
import { accessibilityViolations, saveScreenshot } from '../support/browser';
import { DEMO_MANAGER, signInToAdmin, useAdminSession } from '../support/staff-sign-in';

/** A manager in the admin app on the demo data: everyone's diaries, every list, and the audit trail. */
describe('the admin app for a manager', () => {
  const session = useAdminSession();

  const signedIn = async (path: string): Promise<Page> => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Sign in to regflow' }).waitFor();
    await signInToAdmin(page, DEMO_MANAGER.email, session.managerPassword);
    await page.getByRole('banner').getByRole('button', { name: 'Profile' }).waitFor();
    await page.goto(`/admin/#${path}`);
    await page.locator('#main-content').waitFor();
    return page;
  };

  const settled = async (page: Page) => page.getByRole('progressbar').first().waitFor({ state: 'detached' });

  it('shows a manager the audit trail in the menu, beside every registrar page', async () => {
    const page = await signedIn('/today');
    const menu = page.locator('.RaSidebar-fixed');

    for (const item of ['Today', 'My diary', 'Book by phone', 'Appointments', 'Requests', 'Messages', 'Alerts', 'Audit trail']) {
      await expect(menu.getByRole('menuitem', { name: item }).isVisible()).resolves.toBe(true);
    }
    await page.getByRole('heading', { level: 1, name: /^Today, / }).waitFor();
    await settled(page);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-today');
  });

  it('filters the diary by office and registrar', async () => {
    const page = await signedIn('/diary?view=week');

    // Each choice shows in the address, as a person sees the diary change before choosing again.
    await page.getByRole('combobox', { name: 'Office' }).selectOption({ label: 'Worcester' });
    await page.waitForURL(/office=/);
    await page.getByRole('combobox', { name: 'Registrar' }).selectOption({ label: 'Amrit Kaur' });
    await page.waitForURL(/registrar=/);
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: /Session: Worcester/ }).first().waitFor();
    await settled(page);

    expect(page.url()).toMatch(/registrar=/);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-diary-filtered');
  });

  it('opens an appointment from the list, with its audit trail', async () => {
    const page = await signedIn('/appointments');
    const firstReference = page.locator('table tbody tr').first();
    await firstReference.waitFor();
    await settled(page);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-appointments');

    await firstReference.click();
    await page.getByRole('heading', { name: 'Changes to this record' }).waitFor();
    await settled(page);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-appointment-show');
  });

  it('pauses online birth booking from today, and residents are told instead', async () => {
    const page = await signedIn('/suspensions');
    const today = DateTime.now().setZone('Europe/London').toISODate()!;
    await page.getByText(/Online booking is open for every type/).waitFor();
    await settled(page);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-suspensions-empty');

    await page.getByRole('link', { name: 'Create' }).first().click();
    await page.getByRole('combobox', { name: /Appointment type/ }).click();
    await page.getByRole('option', { name: 'Birth registration', exact: true }).click();
    await page.locator('li[role="option"]').first().waitFor({ state: 'detached' });
    await page.getByLabel(/First day/).fill(today);
    await page.getByLabel(/Last day/).fill(today);
    await page.getByLabel(/Message to residents/).fill('Online birth booking is paused today: please phone 01905 765432.');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-manager-suspension-create');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('cell', { name: 'Online birth booking is paused today: please phone 01905 765432.' }).waitFor();
    await settled(page);
    await saveScreenshot(page, 'admin-manager-suspensions');
    const types = (await (await page.request.get('/api/public/appointment-types')).json()) as { code: string; suspendedMessage: string | null }[];
    expect(types.find((type) => type.code === 'birth')?.suspendedMessage).toBe('Online birth booking is paused today: please phone 01905 765432.');
  });

  it.each(['/audit', '/requests?filter=%7B%22eventDateMissing%22%3Atrue%7D', '/messages', '/alerts'])('shows %s with nothing axe finds wrong', async (path) => {
    const page = await signedIn(path);
    await settled(page);

    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, `admin-manager-${path.replace(/\?.*$/, '').replaceAll('/', '')}`);
  });
});
