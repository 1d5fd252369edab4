import type { AlertResponse } from '@regflow/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataProvider, GetListParams, HttpError, Notification, UpdateParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { anAlert, anAppointment, staff } from '../../test/builders';
import { listsServer } from '../../test/fake-server';
import { AlertList } from './AlertList';

const resolved = anAlert({
  id: 'alert-2',
  kind: 'delivery-failed',
  summary: 'The reminder to 07700 900123 could not be delivered',
  resolvedAt: '2026-07-08T10:15:00.000Z',
  resolvedBy: 'staff-cara',
});

/** The server's alerts: only the open ones while the list asks for `open: true`. */
function renderAlerts(update: (params: UpdateParams) => Promise<{ data: AlertResponse }>, alerts: readonly AlertResponse[] = [anAlert()]) {
  const listed = async ({ filter }: Partial<GetListParams>) => alerts.filter((alert) => filter?.open !== true || alert.resolvedAt === null);
  const server = {
    ...listsServer({ alerts: listed, appointments: [anAppointment()], staff }),
    update: vi.fn(async (_resource: string, params: UpdateParams) => update(params)) as ReturnType<typeof vi.fn> & DataProvider['update'],
  };
  renderInAdmin(
    <>
      <AlertList />
      <Notification />
    </>,
    { dataProvider: server },
  );
  return server;
}

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;

describe(AlertList.name, () => {
  it('shows open alerts, newest first, the day-4 death warning in words, with a link to the appointment', async () => {
    const server = renderAlerts(async () => ({ data: anAlert() }));

    const row = await rowOf('Death of 4 July not registered: RF-7Q2K is on 9 July');

    expect(server.getList).toHaveBeenCalledWith('alerts', expect.objectContaining({ filter: { open: true }, sort: { field: 'raisedAt', order: 'DESC' } }));
    expect(within(row).getByText('Death not registered (day 4)')).toBeInTheDocument();
    expect(within(row).getByText('Wed 8 Jul 2026, 08:00')).toBeInTheDocument();
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(await within(row).findByRole('link', { name: 'RF-7Q2K' }, { timeout: 5_000 })).toHaveAttribute('href', '#/appointments/appt-1/show');
  });

  it('resolves an alert, says so, and shows the list as the server has it', async () => {
    const server = renderAlerts(async ({ id }) => ({ data: anAlert({ id: String(id), resolvedAt: '2026-07-08T09:00:00.000Z', resolvedBy: 'staff-amrit' }) }));
    const row = await rowOf('Death of 4 July not registered: RF-7Q2K is on 9 July');
    const listsAsked = server.getList.mock.calls.filter(([resource]) => resource === 'alerts').length;

    fireEvent.click(within(row).getByRole('button', { name: 'Resolve: Death of 4 July not registered: RF-7Q2K is on 9 July' }));

    expect(await screen.findByText('The alert is marked as dealt with.')).toBeInTheDocument();
    expect(server.update).toHaveBeenCalledWith('alerts', expect.objectContaining({ id: 'alert-1', data: { resolved: true } }));
    await waitFor(() => expect(server.getList.mock.calls.filter(([resource]) => resource === 'alerts').length).toBeGreaterThan(listsAsked));
  });

  it("shows the server's refusal to resolve", async () => {
    const refusal = 'alert alert-1 does not exist: it may have been removed; reload the list';
    renderAlerts(() => Promise.reject(new HttpError(refusal, 404)));

    fireEvent.click(within(await rowOf('Death of 4 July not registered: RF-7Q2K is on 9 July')).getByRole('button', { name: /^Resolve/ }));

    expect(await screen.findByText(refusal)).toBeInTheDocument();
  });

  it('shows resolved alerts too when asked, saying when and by whom, with nothing to resolve', async () => {
    const server = renderAlerts(async () => ({ data: resolved }), [resolved]);
    await screen.findByText(/No alerts match these filters/);

    fireEvent.click(screen.getByRole('switch', { name: 'Show resolved alerts too' }));

    await waitFor(() => expect(server.getList).toHaveBeenLastCalledWith('alerts', expect.objectContaining({ filter: {} })));
    const row = await rowOf('The reminder to 07700 900123 could not be delivered');
    expect(await within(row).findByText('Cara Jones', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(row).getByText(/Wed 8 Jul 2026, 11:15/)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /^Resolve/ })).not.toBeInTheDocument();
  });

  it('says what to do when no alert is open', async () => {
    renderAlerts(async () => ({ data: anAlert() }), []);

    expect(await screen.findByText(/Switch on “Show resolved alerts too” to see those already dealt with/)).toBeInTheDocument();
  });
});
