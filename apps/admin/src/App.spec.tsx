import type { HealthResponse, SignedInStaffResponse } from '@regflow/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { createAuthProvider } from './auth/auth-provider';
import type { HealthLoader } from './dashboard/health-loader';

const redisDown: HealthResponse = {
  status: 'error',
  details: { database: { status: 'up' }, redis: { status: 'down' } },
};

const amrit: SignedInStaffResponse = { id: 'staff-7', name: 'Amrit Kaur', roles: ['registrar'] };

/** The server's auth endpoints as the browser's fetch sees them: `GET /api/auth/me` answers `me`. */
function serverWithSession(me: () => Response) {
  return createAuthProvider(async (input) => (String(input) === '/api/auth/me' ? me() : new Response(null, { status: 204 })));
}

const signedIn = serverWithSession(() => Response.json(amrit));

async function systemStatusCard(loadHealth: HealthLoader): Promise<HTMLElement> {
  render(<App loadHealth={loadHealth} authProvider={signedIn} />);
  return screen.findByRole('region', { name: 'System status' }, { timeout: 20_000 });
}

describe(App.name, () => {
  it('asks for an email address and password before anything else', async () => {
    const signedOut = serverWithSession(() => Response.json({ statusCode: 401, code: 'not-signed-in', message: 'sign in first' }, { status: 401 }));
    render(<App loadHealth={async () => ({ reachable: false })} authProvider={signedOut} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to regflow' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Email address/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/Password/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'System status' })).not.toBeInTheDocument();
  });

  // jsdom matches no media query, so the app bar has its narrow-screen menu button (the browser test sees the name).
  it('offers Sign out in the user menu', async () => {
    await systemStatusCard(async () => ({ reachable: false }));

    fireEvent.click(screen.getByRole('button', { name: 'Profile' }));

    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows the dashboard, not the empty-admin welcome page', async () => {
    await systemStatusCard(async () => ({ reachable: false }));

    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  });

  it('says it is checking while the health report is on its way', async () => {
    const card = await systemStatusCard(() => new Promise(() => undefined));

    expect(within(card).getByText('Checking the system…')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Check again' })).toBeDisabled();
  });

  it('reports each component in words from a 503 health report', async () => {
    const card = await systemStatusCard(async () => ({ reachable: true, report: redisDown }));

    const items = await within(card).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['DatabaseUp', 'Job queue (Redis)Down']);
    expect(within(card).getByText(/Something is not working/)).toBeInTheDocument();
  });

  it('explains when the server cannot be reached', async () => {
    const card = await systemStatusCard(async () => ({ reachable: false }));

    expect(await within(card).findByText(/cannot be reached/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Check again' })).toBeEnabled();
  });
});
