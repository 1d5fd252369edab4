import { saveScreenshot, seriousAccessibilityViolations } from '../support/browser';
import { DEMO_REGISTRAR, signInToAdmin, useAdminSession } from '../support/staff-sign-in';

describe('admin dashboard', () => {
  const session = useAdminSession();

  beforeEach(async () => {
    await signInToAdmin(session.page, DEMO_REGISTRAR.email, session.registrarPassword);
  });

  function componentStatus(name: string) {
    return session.page.getByRole('region', { name: 'System status' }).getByRole('listitem').filter({ hasText: name });
  }

  it('reports the database as up on the System status card', async () => {
    const database = componentStatus('Database');

    await database.waitFor();
    await expect(database.innerText()).resolves.toMatch(/^Database\s+Up$/);
    await saveScreenshot(session.page, 'admin-dashboard');
  });

  it('has no serious accessibility problems once the status is shown', async () => {
    await componentStatus('Database').waitFor();

    await expect(seriousAccessibilityViolations(session.page)).resolves.toEqual([]);
  });
});
