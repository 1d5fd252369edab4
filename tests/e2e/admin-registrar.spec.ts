import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { Page } from 'playwright-core';
import { accessibilityViolations, saveScreenshot } from '../support/browser';
import { DEMO_REGISTRAR, signInToAdmin, useAdminSession } from '../support/staff-sign-in';

const LONDON = 'Europe/London';

/**
 * Runs in the page: the text and controls of the page's content that reach past the window's right
 * edge, except inside a frame that scrolls sideways by itself (a wide table).
 */
function cutOffOnTheRight(): string[] {
  const scrollsSideways = (element: Element | null): boolean =>
    element !== null && element.id !== 'main-content' && (['auto', 'scroll'].includes(getComputedStyle(element).overflowX) || scrollsSideways(element.parentElement));
  return Array.from(document.querySelectorAll('#main-content button, #main-content a, #main-content input, #main-content th, #main-content h1, #main-content h2, #main-content p'))
    .filter((element) => {
      const { right, width } = element.getBoundingClientRect();
      return width > 0 && right > window.innerWidth + 1 && !scrollsSideways(element.parentElement);
    })
    .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
}

interface Appointment {
  readonly id: string;
  readonly reference: string;
  readonly startsAt: string;
  readonly status: string;
  readonly residentEmail: string | null;
  readonly residentPhone: string | null;
}

/**
 * A registrar's day in the admin app, in order, on the demo data: open a session today, book a
 * caller into it by phone, move the booking by dragging it, mark it registered on the Today page
 * and undo that, and download a list. Today is the real London day, so the session this file opens
 * runs to 23:45: a run after 23:15 London finds no time left to book.
 */
describe('the admin app for a registrar', () => {
  const session = useAdminSession();
  const today = DateTime.now().setZone(LONDON);
  const todayIso = today.toISODate()!;
  let booked: Appointment | undefined;

  const signedIn = async (path: string): Promise<Page> => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Sign in to regflow' }).waitFor();
    await signInToAdmin(page, DEMO_REGISTRAR.email, session.registrarPassword);
    await page.getByRole('banner').getByRole('button', { name: 'Profile' }).waitFor();
    await page.goto(`/admin/#${path}`);
    return page;
  };

  const appointmentNamed = async (page: Page, reference: string): Promise<Appointment> => {
    const response = await page.request.get(`/api/appointments?filter=${encodeURIComponent(JSON.stringify({ reference }))}`);
    expect(response.status()).toBe(200);
    const [appointment] = (await response.json()) as Appointment[];
    return appointment;
  };

  /** Waits for a notification to finish growing in: axe would measure its contrast half-transparent. */
  const notificationShown = async (page: Page, text: string) => {
    const snackbar = page.locator('.MuiSnackbar-root', { hasText: text });
    await snackbar.waitFor();
    await snackbar.evaluate((root) => Promise.all(root.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  };

  const londonTime = (instant: string) => DateTime.fromISO(instant, { zone: LONDON }).toFormat('HH:mm');

  it('shows a registrar only what a registrar may do', async () => {
    const page = await signedIn('/today');
    const menu = page.getByRole('navigation').or(page.locator('.RaSidebar-fixed')).first();

    await page.getByRole('heading', { level: 1, name: /^Today, / }).waitFor();
    for (const item of ['Today', 'My diary', 'Book by phone', 'Appointments', 'Requests', 'Messages', 'Alerts']) {
      await expect(menu.getByRole('menuitem', { name: item }).isVisible()).resolves.toBe(true);
    }
    await expect(menu.getByRole('menuitem', { name: 'Audit trail' }).count()).resolves.toBe(0);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-registrar-today-empty');
  });

  it('opens a session today in the diary and shows it there', async () => {
    const page = await signedIn(`/diary?day=${todayIso}&view=day`);

    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a session' });
    await dialog.getByLabel('Day').fill(todayIso);
    await dialog.getByLabel('From').fill('00:00');
    await dialog.getByLabel('To').fill('23:45');
    await dialog.getByRole('combobox', { name: 'Office' }).click();
    await page.getByRole('option', { name: 'Worcester' }).click();
    for (const type of ['Birth', 'Death']) {
      const box = dialog.getByRole('checkbox', { name: type, exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-diary-new-session');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('button', { name: /00:00 – 23:45 Session: Worcester/ }).waitFor();
    await expect(dialog.count()).resolves.toBe(0);
    await notificationShown(page, 'Session opened.');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-diary-day-with-session');
  });

  it('books a caller by phone with no email address into the first time today', async () => {
    const page = await signedIn('/book');

    await page.getByRole('radio', { name: 'Birth registration', exact: true }).check();
    await page.getByRole('radio', { name: 'On the phone' }).check();
    await page.getByRole('button', { name: 'Book this' }).waitFor();
    const todaysTimes = page.getByRole('button', { name: new RegExp(`^Choose ${today.toFormat('ccc d LLL yyyy')}, \\d\\d:\\d\\d at Worcester`) });
    await todaysTimes.first().waitFor();
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-book-by-phone-times');
    await todaysTimes.first().click();

    await page.getByRole('textbox', { name: 'Full name' }).fill('Gwen Morgan');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Book the appointment' }).click();

    const confirmation = page.getByRole('heading', { name: /^Booked: / });
    await confirmation.waitFor();
    const reference = /^Booked: (\S+)/.exec(await confirmation.innerText())![1];
    booked = await appointmentNamed(page, reference);
    expect(booked).toMatchObject({ status: 'booked', residentEmail: null, residentPhone: null });
    expect(DateTime.fromISO(booked.startsAt, { zone: LONDON }).toISODate()).toBe(todayIso);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-book-by-phone-booked');
  });

  it('moves the booking an hour later by dragging it in the diary', async () => {
    const page = await signedIn(`/diary?day=${todayIso}&view=day`);
    const { reference, startsAt } = booked!;
    const target = DateTime.fromISO(startsAt, { zone: LONDON }).plus({ hours: 1 });
    const event = page.getByRole('button', { name: new RegExp(reference) });
    const slot = page.locator(`.rbc-day-slot [data-slot="${target.toFormat("yyyy-MM-dd'T'HH:mm")}"]`).first();
    await event.scrollIntoViewIfNeeded();
    await slot.scrollIntoViewIfNeeded();
    await event.scrollIntoViewIfNeeded();

    const from = (await event.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 4);
    await page.mouse.down();
    const to = (await slot.boundingBox())!;
    for (let step = 1; step <= 10; step += 1) {
      await page.mouse.move(from.x + from.width / 2, from.y + 4 + ((to.y + 2 - from.y) * step) / 10);
    }
    await page.mouse.up();

    await page.getByRole('button', { name: new RegExp(`^${target.toFormat('HH:mm')} – .*${reference}`) }).waitFor();
    const moved = await appointmentNamed(page, reference);
    expect(londonTime(moved.startsAt)).toBe(target.toFormat('HH:mm'));
    booked = moved;
    await saveScreenshot(page, 'admin-diary-after-drag');
  });

  it('moves the booking again with the keyboard alone, from its page', async () => {
    const page = await signedIn(`/appointments/${booked!.id}/show`);
    await page.getByRole('button', { name: 'Move to another time' }).focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Move ${booked!.reference} to another time` });
    const todaysTimes = dialog.getByRole('button', { name: new RegExp(`^Move to ${today.toFormat('ccc d LLL yyyy')}, \\d\\d:\\d\\d`) });
    await todaysTimes.first().waitFor();
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-appointment-move-dialog');
    await todaysTimes.first().focus();
    await page.keyboard.press('Enter');

    await page.getByText(/^Moved to /).waitFor();
    const moved = await appointmentNamed(page, booked!.reference);
    expect(moved.startsAt).not.toBe(booked!.startsAt);
    expect(DateTime.fromISO(moved.startsAt, { zone: LONDON }).toISODate()).toBe(todayIso);
    booked = moved;
  });

  it('marks the booking registered on the Today page, then undoes it', async () => {
    const page = await signedIn('/today');
    const time = londonTime(booked!.startsAt);

    await page.getByRole('button', { name: `Mark ${time} Gwen Morgan registered` }).click();
    const undo = page.getByRole('button', { name: `Undo the last change to ${time} Gwen Morgan` });
    await undo.waitFor();
    await expect(appointmentNamed(page, booked!.reference)).resolves.toMatchObject({ status: 'registered' });
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-today-registered');

    await undo.click();
    await page.getByRole('button', { name: `Mark ${time} Gwen Morgan registered` }).waitFor();
    await expect(appointmentNamed(page, booked!.reference)).resolves.toMatchObject({ status: 'booked' });
    await saveScreenshot(page, 'admin-today-undone');
  });

  it('downloads the appointments list as CSV, the booking in it', async () => {
    const page = await signedIn(`/appointments`);
    await page.getByRole('link', { name: booked!.reference }).or(page.getByText(booked!.reference)).first().waitFor();
    await page.getByRole('progressbar').first().waitFor({ state: 'detached' });
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, 'admin-appointments-list');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/i }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');

    expect(csv.split(/\r?\n/)[0]).toMatch(/reference/i);
    expect(csv).toContain(booked!.reference);
  });

  it.each(['/requests', '/messages', '/alerts', '/account/password'])('shows %s with nothing axe finds wrong', async (path) => {
    const page = await signedIn(path);
    await page.locator('#main-content').waitFor();
    await page.getByRole('progressbar').first().waitFor({ state: 'detached' });

    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await saveScreenshot(page, `admin-registrar${path.replaceAll('/', '-')}`);
  });

  it.each([
    ['/today', (page: Page) => page.getByRole('heading', { level: 1, name: /^Today, / })],
    ['/diary?view=day', (page: Page) => page.getByRole('heading', { level: 2, name: today.toFormat('cccc d MMMM yyyy') })],
    ['/appointments', (page: Page) => page.getByRole('columnheader', { name: 'Status' })],
    ['/book', (page: Page) => page.getByRole('radio', { name: 'Birth registration', exact: true })],
  ])('fits %s on a tablet, 820 px wide: nothing cut off, no sideways scrolling of the page', async (path, ready) => {
    const page = await signedIn(path);
    await page.setViewportSize({ width: 820, height: 1180 });
    await ready(page).waitFor();
    await page.getByRole('progressbar').first().waitFor({ state: 'detached' });

    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    await expect(page.evaluate(cutOffOnTheRight)).resolves.toEqual([]);
    await saveScreenshot(page, `admin-tablet-${path.replace(/\?.*$/, '').replaceAll('/', '')}`);
  });
});
