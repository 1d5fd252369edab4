import { saveScreenshot, seriousAccessibilityViolations, useBrowserSession } from '../support/browser';

describe('admin dashboard', () => {
  const session = useBrowserSession('/admin/');

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
