import { accessibilityViolations, saveScreenshot } from '../support/browser';
import { DEMO_REGISTRAR, signInToAdmin, useAdminSession } from '../support/staff-sign-in';

describe('admin sign-in', () => {
  const session = useAdminSession();

  const signInHeading = () => session.page.getByRole('heading', { level: 1, name: 'Sign in to regflow' });
  const systemStatus = () => session.page.getByRole('region', { name: 'System status' });

  it('shows the sign-in form first, with nothing axe finds wrong', async () => {
    await signInHeading().waitFor();

    await expect(session.page.getByRole('textbox', { name: 'Email address' }).isVisible()).resolves.toBe(true);
    await expect(systemStatus().count()).resolves.toBe(0);
    await expect(accessibilityViolations(session.page)).resolves.toEqual([]);
    await saveScreenshot(session.page, 'admin-sign-in');
  });

  it('says the email address or password is wrong, and stays on the form', async () => {
    await signInHeading().waitFor();

    await signInToAdmin(session.page, DEMO_REGISTRAR.email, 'not-the-password-at-all');

    await session.page.getByText('The email address or password is wrong. Check both and try again.').waitFor();
    await expect(signInHeading().isVisible()).resolves.toBe(true);
    await saveScreenshot(session.page, 'admin-sign-in-wrong-password');
  });

  it('signs a registrar in to the dashboard with their name in the app bar, and out again', async () => {
    const { page } = session;
    await signInHeading().waitFor();

    await signInToAdmin(page, DEMO_REGISTRAR.email, session.registrarPassword);

    await systemStatus().waitFor();
    const userMenu = page.getByRole('banner').getByRole('button', { name: 'Profile' });
    await expect(userMenu.innerText()).resolves.toContain(DEMO_REGISTRAR.name);
    await saveScreenshot(page, 'admin-signed-in-dashboard');

    await userMenu.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();

    await signInHeading().waitFor();
    await page.reload();
    await signInHeading().waitFor();
    await expect(systemStatus().count()).resolves.toBe(0);
  });
});
