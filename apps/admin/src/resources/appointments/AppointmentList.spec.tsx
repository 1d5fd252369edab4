import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, RaRecord } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { londonDayOf } from '../../dates/london';
import { renderInAdmin } from '../../test/render-in-admin';
import { anAppointment, offices, staff } from '../../test/builders';
import { listsServer } from '../../test/fake-server';
import { appointmentTypes } from '../shared/lists.fixtures';
import { AppointmentList } from './AppointmentList';

const byPhone = anAppointment({
  id: 'appt-2',
  reference: 'RF-9XW3',
  type: 'death',
  officeId: null,
  mode: 'telephone',
  residentName: 'Tomasz Nowak',
  startsAt: '2026-07-06T13:00:00.000Z',
  endsAt: '2026-07-06T13:30:00.000Z',
  status: 'attended',
});

const lists = { offices, staff, 'appointment-types': appointmentTypes };

async function rowsOf(server: ReturnType<typeof listsServer>) {
  renderInAdmin(<AppointmentList />, { dataProvider: server });
  await screen.findByText('RF-7Q2K');
  return screen.getAllByRole('row').slice(1);
}

/** jsdom's Blob has no text(). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(AppointmentList.name, () => {
  it('says it is loading while the first page is on its way', async () => {
    renderInAdmin(<AppointmentList />, { dataProvider: listsServer({ ...lists, appointments: () => new Promise(() => undefined) }) });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows each appointment in words: when (London time), type, resident, registrar, office or telephone, status', async () => {
    const rows = await rowsOf(listsServer({ ...lists, appointments: [anAppointment(), byPhone] }));

    await waitFor(() => expect(within(rows[0]).getByText('Worcester')).toBeInTheDocument(), { timeout: 5_000 });
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Mon 6 Jul 2026, 09:30', 'RF-7Q2K', 'Birth registration', 'Grace Okafor', 'Amrit Kaur', 'Worcester', 'Face to face', 'Booked'],
      ['Mon 6 Jul 2026, 14:00', 'RF-9XW3', 'Death registration', 'Tomasz Nowak', 'Amrit Kaur', 'Telephone', 'By telephone', 'Attended'],
    ]);
  });

  it("asks for today's appointments onwards (London), soonest first, a page of 25", async () => {
    const server = listsServer({ ...lists, appointments: [anAppointment()] });

    await rowsOf(server);

    expect(server.getList).toHaveBeenCalledWith(
      'appointments',
      expect.objectContaining({ filter: { day_gte: londonDayOf(Date.now()) }, sort: { field: 'startsAt', order: 'ASC' }, pagination: { page: 1, perPage: 25 } }),
    );
  });

  it('offers filters by days, office, registrar, type, how, status and a search', async () => {
    renderInAdmin(<AppointmentList />, { dataProvider: listsServer({ ...lists, appointments: [anAppointment()] }) });
    await screen.findByText('RF-7Q2K');

    for (const name of ['Reference or resident', 'From', 'To', 'Office', 'Registrar', 'Type', 'How', 'Status']) expect(await screen.findByLabelText(name)).toBeInTheDocument();
  });

  it('asks the server for telephone appointments only when "By telephone" is chosen', async () => {
    const server = listsServer({ ...lists, appointments: [anAppointment()] });
    renderInAdmin(<AppointmentList />, { dataProvider: server });
    await screen.findByText('RF-7Q2K');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'How' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain('Face to face');
    fireEvent.click(screen.getByRole('option', { name: 'By telephone' }));

    await waitFor(() => expect(server.getList).toHaveBeenLastCalledWith('appointments', expect.objectContaining({ filter: { day_gte: londonDayOf(Date.now()), mode: 'telephone' } })));
  });

  it('says what to do when nothing matches the filters, and clears them', async () => {
    const server = listsServer({ ...lists, appointments: [] });
    renderInAdmin(<AppointmentList />, { dataProvider: server });

    expect(await screen.findByText('No appointments match these filters. Clear a filter or choose other days.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(server.getList).toHaveBeenLastCalledWith('appointments', expect.objectContaining({ filter: {} })));
    expect(await screen.findByText(/There are no appointments yet/)).toBeInTheDocument();
  });

  it("shows the server's refusal and tries again when asked", async () => {
    let answer: () => Promise<readonly RaRecord[]> = () => Promise.reject(new HttpError('filter.day_gte must be a date written yyyy-mm-dd, e.g. {"day_gte":"2026-12-07"}', 400));
    const server = listsServer({ ...lists, appointments: () => answer() });
    renderInAdmin(<AppointmentList />, { dataProvider: server });

    expect(await screen.findByText(/filter.day_gte must be a date written yyyy-mm-dd/)).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded/)).toBeInTheDocument();

    answer = async () => [anAppointment()];
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('RF-7Q2K')).toBeInTheDocument();
  });

  it('downloads every appointment the filters select as CSV, in plain columns, without contact details', async () => {
    const downloads: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push(blob as Blob);
      return 'blob:appointments';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await rowsOf(listsServer({ ...lists, appointments: [anAppointment(), byPhone] }));

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = await textOf(downloads[0]);
    expect(csv.split('\r\n')).toEqual([
      'Reference,"Starts at (UTC, ISO 8601)",Starts (London time),"Ends at (UTC, ISO 8601)",Ends (London time),Type,Type code,Resident,Registrar,Office,How,Status',
      'RF-7Q2K,2026-07-06T08:30:00.000Z,2026-07-06 09:30,2026-07-06T09:00:00.000Z,2026-07-06 10:00,Birth registration,birth,Grace Okafor,Amrit Kaur,Worcester,Face to face,Booked',
      'RF-9XW3,2026-07-06T13:00:00.000Z,2026-07-06 14:00,2026-07-06T13:30:00.000Z,2026-07-06 14:30,Death registration,death,Tomasz Nowak,Amrit Kaur,Telephone,By telephone,Attended',
      '',
    ]);
    expect(csv).not.toContain('grace@example.org');
  });
});
