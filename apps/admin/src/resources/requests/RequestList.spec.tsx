import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { listsServer } from '../../test/fake-server';
import { appointmentTypes, aRequest } from '../shared/lists.fixtures';
import { RequestList } from './RequestList';

const missedWithNoDate = aRequest({
  id: 'request-2',
  channel: 'online',
  eventDate: null,
  eventDateMissing: true,
  firstOfferStartsAt: null,
  offeredWithinTarget: false,
  appointmentId: null,
  reference: null,
});

async function rowsOf(server: ReturnType<typeof listsServer>) {
  renderInAdmin(<RequestList />, { dataProvider: server });
  // The type names come in a second request, after the rows.
  await screen.findAllByText('Death registration', {}, { timeout: 5_000 });
  return screen.getAllByRole('row').slice(1);
}

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe(RequestList.name, () => {
  it('says it is loading while the first page is on its way', async () => {
    renderInAdmin(<RequestList />, { dataProvider: listsServer({ 'appointment-types': appointmentTypes, requests: () => new Promise(() => undefined) }) });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows each request with its deadline, first offer, whether that was within target in words, and its appointment', async () => {
    const rows = await rowsOf(listsServer({ 'appointment-types': appointmentTypes, requests: [aRequest(), missedWithNoDate] }));

    expect(rows.map(cellsOf)).toEqual([
      ['Monday 6 July 2026', 'Death registration', 'Telephone', 'Wednesday 8 July 2026', 'Tue 7 Jul 2026, 10:00', 'Yes', 'RF-7Q2K', ''],
      ['Monday 6 July 2026', 'Death registration', 'Online', 'Wednesday 8 July 2026', 'None offered', 'No', 'Not booked', 'Date of death missing'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'RF-7Q2K' })).toHaveAttribute('href', '#/appointments/appt-1/show');
  });

  it('asks for the newest requests first', async () => {
    const server = listsServer({ 'appointment-types': appointmentTypes, requests: [aRequest()] });

    await rowsOf(server);

    expect(server.getList).toHaveBeenCalledWith('requests', expect.objectContaining({ filter: {}, sort: { field: 'requestedAt', order: 'DESC' } }));
  });

  it('keeps to deaths with no date of death while "Date of death missing" is on, and drops the filter when it is off', async () => {
    const server = listsServer({ 'appointment-types': appointmentTypes, requests: [aRequest()] });
    await rowsOf(server);
    const toggle = screen.getByRole('switch', { name: 'Date of death missing' });

    fireEvent.click(toggle);
    await waitFor(() => expect(server.getList).toHaveBeenLastCalledWith('requests', expect.objectContaining({ filter: { eventDateMissing: true } })));

    fireEvent.click(toggle);
    await waitFor(() => expect(server.getList).toHaveBeenLastCalledWith('requests', expect.objectContaining({ filter: {} })));
  });

  it('says what a request is when there are none', async () => {
    renderInAdmin(<RequestList />, { dataProvider: listsServer({ 'appointment-types': appointmentTypes, requests: [] }) });

    expect(await screen.findByText(/There are no requests yet/)).toBeInTheDocument();
  });

  it("shows the server's refusal", async () => {
    const refusal = 'filter.serviceDay_lte (2026-07-01) is before filter.serviceDay_gte (2026-07-06): give the earlier day as serviceDay_gte';
    renderInAdmin(<RequestList />, {
      dataProvider: listsServer({ 'appointment-types': appointmentTypes, requests: () => Promise.reject(new HttpError(refusal, 400)) }),
    });

    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
