import { fireEvent, screen, within } from '@testing-library/react';
import { HttpError, RaRecord } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../test/render-in-admin';
import { aStaffMember } from '../test/builders';
import { withClockAt } from '../test/environment';
import { listsServer, writeMethod } from '../test/fake-server';
import { anAlert, anAppointment, appointmentTypes, cheltenham, MONDAY_TEN_AM } from './test-builders';
import { TodayPage } from './TodayPage';

const aled = anAppointment();
const reference = { offices: [cheltenham], 'appointment-types': appointmentTypes };

function appointmentsRegion() {
  return screen.getByRole('region', { name: 'Appointments' });
}

describe(TodayPage.name, () => {
  withClockAt(MONDAY_TEN_AM);

  it("names London's day and says it is loading the appointments", async () => {
    renderInAdmin(<TodayPage />, { dataProvider: listsServer({ ...reference, appointments: () => new Promise(() => undefined) }) });

    expect(screen.getByRole('heading', { level: 1, name: 'Today, Monday 7 December 2026' })).toBeInTheDocument();
    expect(await screen.findByText('Loading today’s appointments…')).toBeInTheDocument();
  });

  it("asks for the registrar's own appointments of the day", async () => {
    const appointments = vi.fn(async () => []);
    renderInAdmin(<TodayPage />, { dataProvider: listsServer({ ...reference, appointments }) });

    await screen.findByText('No appointments today.');
    expect(appointments).toHaveBeenCalledWith(expect.objectContaining({ filter: { day: '2026-12-07', registrarId: 'staff-amrit' } }));
  });

  it('says when there is nothing today and where to go instead', async () => {
    renderInAdmin(<TodayPage />, { dataProvider: listsServer(reference) });

    expect(await screen.findByText('No appointments today.')).toBeInTheDocument();
    const region = appointmentsRegion();
    expect(within(region).getByRole('link', { name: 'Open the diary' })).toHaveAttribute('href', '#/diary');
    expect(within(region).getByRole('link', { name: 'Book by phone or at the counter' })).toHaveAttribute('href', '#/book');
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
  });

  it('explains a failure and tries again', async () => {
    const appointments = vi.fn<() => Promise<readonly RaRecord[]>>().mockRejectedValueOnce(new Error('The regflow server cannot be reached.')).mockResolvedValue([aled]);
    renderInAdmin(<TodayPage />, { dataProvider: listsServer({ ...reference, appointments }) });

    expect(await screen.findByText('Today’s appointments could not be loaded. The regflow server cannot be reached.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Aled Jones' })).toBeInTheDocument();
  });

  it('lists open alerts above the day, day-4 death warnings first, then the appointments by time without the cancelled', async () => {
    const missedMessage = anAlert({ id: 'alert-2', kind: 'message-gave-up', summary: 'The reminder to Aled Jones could not be sent', raisedAt: '2026-12-06T08:00:00.000Z', appointmentId: null });
    const deathWarning = anAlert();
    const appointments = [
      anAppointment({ id: 'a-2', startsAt: '2026-12-07T11:00:00.000Z', residentName: 'Bethan Price', type: 'death', officeId: null, mode: 'telephone' }),
      anAppointment({ id: 'a-3', startsAt: '2026-12-07T10:00:00.000Z', residentName: 'Cancelled Caller', status: 'cancelled' }),
      aled,
    ];
    renderInAdmin(<TodayPage />, { dataProvider: listsServer({ ...reference, appointments, alerts: [missedMessage, deathWarning] }) });

    const alerts = await screen.findByRole('region', { name: 'Needs attention' });
    const items = within(alerts).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['Death not registered yet', 'Alert']);
    expect(within(items[0]!).getByText(deathWarning.summary)).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Open the appointment' })).toHaveAttribute('href', '#/appointments/appointment-9/show');
    expect(within(items[1]!).queryByRole('link')).not.toBeInTheDocument();

    await within(appointmentsRegion()).findByRole('heading', { level: 3, name: 'Aled Jones' });
    expect(alerts.compareDocumentPosition(appointmentsRegion()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = within(appointmentsRegion()).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('heading', { level: 3 }).textContent)).toEqual(['Aled Jones', 'Bethan Price']);
    expect(rows[0]).toHaveTextContent('09:30');
    expect(rows[0]).toHaveTextContent('Birth registration · RF-7K2M-9Q');
    expect(rows[0]).toHaveTextContent('Face to face at Cheltenham Register Office');
    expect(rows[0]).toHaveTextContent('Booked');
    expect(within(rows[0]!).getByRole('link', { name: 'RF-7K2M-9Q' })).toHaveAttribute('href', '#/appointments/appointment-1/show');
    expect(rows[1]).toHaveTextContent('Death registration');
    expect(rows[1]).toHaveTextContent('By telephone');
  });

  it('resolves an alert', async () => {
    const deathWarning = anAlert();
    const update = vi.fn(async () => ({ data: { ...deathWarning, resolvedAt: '2026-12-07T10:01:00.000Z', resolvedBy: 'staff-amrit' } }));
    renderInAdmin(<TodayPage />, { dataProvider: { ...listsServer({ ...reference, alerts: [deathWarning] }), update: writeMethod(update) } });

    fireEvent.click(await screen.findByRole('button', { name: `Resolve: ${deathWarning.summary}` }));

    expect(await screen.findByRole('status')).toHaveTextContent(`Resolved: ${deathWarning.summary}`);
    expect(update).toHaveBeenCalledWith('alerts', { id: 'alert-1', data: { resolved: true }, previousData: deathWarning });
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
  });

  it('marks an appointment registered in one click, then undoes it', async () => {
    const registered = { ...aled, status: 'registered' as const, registeredAt: '2026-12-07T10:00:00.000Z', statusChangedAt: '2026-12-07T10:00:00.000Z', statusUndoable: true };
    const update = vi.fn(async () => ({ data: registered }));
    const undoStatus = vi.fn(async () => ({ ...aled, statusChangedAt: '2026-12-07T10:01:00.000Z' }));
    renderInAdmin(<TodayPage />, { dataProvider: { ...listsServer({ ...reference, appointments: [aled] }), update: writeMethod(update), undoStatus } });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark 09:30 Aled Jones registered' }));

    const undo = await screen.findByRole('button', { name: 'Undo the last change to 09:30 Aled Jones' });
    expect(update).toHaveBeenCalledWith('appointments', { id: 'appointment-1', data: { status: 'registered' }, previousData: aled });
    const row = within(appointmentsRegion()).getByRole('listitem');
    expect(row).toHaveTextContent('Registered');
    expect(within(row).queryByRole('button', { name: /^Mark/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('09:30 Aled Jones marked registered.');
    expect(undo).toHaveFocus();

    fireEvent.click(undo);

    expect(await screen.findByRole('button', { name: 'Mark 09:30 Aled Jones attended' })).toBeInTheDocument();
    expect(undoStatus).toHaveBeenCalledWith('appointment-1');
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Undone: 09:30 Aled Jones is back to “Booked”.');
  });

  it("shows the server's refusal beside the appointment", async () => {
    const refusal = 'Appointments can be marked from the day they are held: mark this one on Tuesday 8 December 2026.';
    const update = vi.fn(async () => {
      throw new HttpError(refusal, 409, { statusCode: 409, code: 'too-early-to-mark', message: refusal });
    });
    renderInAdmin(<TodayPage />, { dataProvider: { ...listsServer({ ...reference, appointments: [aled] }), update: writeMethod(update) } });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark 09:30 Aled Jones attended' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(`Not marked. ${refusal}`);
    expect(within(appointmentsRegion()).getByRole('listitem')).toHaveTextContent('Booked');
  });

  it("shows a manager every registrar's day, and one registrar's on request", async () => {
    const rhian = aStaffMember({ id: 'staff-rhian', name: 'Rhian Morgan' });
    const appointments = vi.fn(async () => [aled]);
    renderInAdmin(<TodayPage />, {
      roles: ['manager'],
      staff: { id: 'staff-mo', name: 'Mo Patel' },
      dataProvider: listsServer({ ...reference, appointments, staff: [rhian, aStaffMember(), aStaffMember({ id: 'staff-mo', name: 'Mo Patel', roles: ['manager'] })] }),
    });

    const row = await within(appointmentsRegion()).findByRole('listitem');
    expect(row).toHaveTextContent('Registrar: Amrit Kaur');
    expect(appointments).toHaveBeenLastCalledWith(expect.objectContaining({ filter: { day: '2026-12-07' } }));

    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Whose appointments' }));
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['All registrars', 'Amrit Kaur', 'Rhian Morgan']);
    fireEvent.click(screen.getByRole('option', { name: 'Rhian Morgan' }));

    await vi.waitFor(() => expect(appointments).toHaveBeenLastCalledWith(expect.objectContaining({ filter: { day: '2026-12-07', registrarId: 'staff-rhian' } })));
  });
});
