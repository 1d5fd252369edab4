import type { StaffRole } from '@regflow/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../test/render-in-admin';
import { Layout } from './Layout';

function renderLayout(roles: readonly StaffRole[]) {
  renderInAdmin(
    <Layout>
      <p>The page</p>
    </Layout>,
    { roles, accessRules: true },
  );
}

/** The side menu's items, once every access check has answered. */
async function menuItems(expected: number): Promise<string[]> {
  const menu = await screen.findByRole('menu', {}, { timeout: 10_000 });
  await waitFor(() => expect(within(menu).getAllByRole('menuitem')).toHaveLength(expected), { timeout: 10_000 });
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
}

describe(Layout.name, () => {
  it("offers a registrar their day, their diary, booking and the lists, but not the audit trail", async () => {
    renderLayout(['registrar']);

    await expect(menuItems(8)).resolves.toEqual(['Dashboard', 'Today', 'My diary', 'Book by phone', 'Appointments', 'Requests', 'Messages', 'Alerts']);
  });

  it('offers a manager the audit trail and the booking suspensions too, last', async () => {
    renderLayout(['manager']);

    await expect(menuItems(10)).resolves.toEqual(['Dashboard', 'Today', 'My diary', 'Book by phone', 'Appointments', 'Requests', 'Messages', 'Alerts', 'Audit trail', 'Booking suspensions']);
  });

  it('offers an admin the lists and the audit trail, but no diary or booking', async () => {
    renderLayout(['admin']);

    await expect(menuItems(7)).resolves.toEqual(['Dashboard', 'Appointments', 'Requests', 'Messages', 'Alerts', 'Audit trail', 'Booking suspensions']);
  });

  it('links each item to its page', async () => {
    renderLayout(['manager']);
    await menuItems(10);

    expect(screen.getByRole('menuitem', { name: 'Book by phone' })).toHaveAttribute('href', '#/book');
    expect(screen.getByRole('menuitem', { name: 'Audit trail' })).toHaveAttribute('href', '#/audit');
  });

  // jsdom matches no media query, so the app bar has its narrow-screen user menu button.
  it('offers "Change my password" and "Sign out" in the user menu', async () => {
    renderLayout(['registrar']);

    fireEvent.click(await screen.findByRole('button', { name: 'Profile' }));

    expect(await screen.findByRole('menuitem', { name: 'Change my password' })).toHaveAttribute('href', '#/account/password');
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows the page', async () => {
    renderLayout(['registrar']);

    expect(await screen.findByText('The page')).toBeInTheDocument();
  });
});
