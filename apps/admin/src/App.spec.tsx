import type { HealthResponse } from '@regflow/contracts';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import type { HealthLoader } from './dashboard/health-loader';

const redisDown: HealthResponse = {
  status: 'error',
  details: { database: { status: 'up' }, redis: { status: 'down' } },
};

async function systemStatusCard(loadHealth: HealthLoader): Promise<HTMLElement> {
  render(<App loadHealth={loadHealth} />);
  return screen.findByRole('region', { name: 'System status' }, { timeout: 20_000 });
}

describe(App.name, () => {
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
