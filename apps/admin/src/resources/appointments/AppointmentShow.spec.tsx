import type { StaffRole } from '@regflow/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { anAppointment, offices, staff } from '../../test/builders';
import { answeringOne, listsServer } from '../../test/fake-server';
import { anAuditEntry, appointmentTypes, aRequest } from '../shared/lists.fixtures';
import { AppointmentShow } from './AppointmentShow';

const attended = anAppointment({
  status: 'attended',
  statusChangedAt: '2026-07-06T09:05:00.000Z',
  residentPhone: '01905 765432',
  notes: 'Brought the medical certificate.',
});

function showAppointment(roles: readonly StaffRole[], appointment = attended) {
  const server = {
    ...listsServer({ offices, staff, 'appointment-types': appointmentTypes, requests: [aRequest()], audit: [anAuditEntry()] }),
    getOne: answeringOne(appointment),
  };
  renderInAdmin(<AppointmentShow id={appointment.id} />, {
    dataProvider: server,
    roles,
    accessRules: true,
  });
  return server;
}

describe(AppointmentShow.name, () => {
  it('shows the appointment, its status and the resident in words, London time', async () => {
    showAppointment(['registrar']);

    expect(await screen.findByRole('heading', { level: 1, name: 'Appointment RF-7Q2K' })).toBeInTheDocument();
    expect(screen.getByText('Mon 6 Jul 2026, 09:30')).toBeInTheDocument();
    expect(screen.getByText('Attended')).toBeInTheDocument();
    expect(screen.getByText('Mon 6 Jul 2026, 10:05')).toBeInTheDocument();
    expect(screen.getByText('Grace Okafor')).toBeInTheDocument();
    expect(screen.getByText('01905 765432')).toBeInTheDocument();
    expect(screen.getByText('Brought the medical certificate.')).toBeInTheDocument();
    expect(await screen.findByText('Worcester')).toBeInTheDocument();
    expect(screen.getByText('Birth registration')).toBeInTheDocument();
  });

  it('says "Telephone" for an appointment with no office, and "Not given" for missing contact details', async () => {
    showAppointment(['registrar'], anAppointment({ officeId: null, mode: 'telephone', residentEmail: null }));

    expect(await screen.findByText('Telephone')).toBeInTheDocument();
    expect(screen.getAllByText('Not given')).toHaveLength(2);
  });

  it('links to the request behind it, with its first offer and whether that was within target', async () => {
    showAppointment(['registrar']);

    const request = await screen.findByRole('link', { name: /Made/ });
    expect(request).toHaveAttribute('href', '#/requests/request-1');
    expect(request).toHaveTextContent('Made Mon 6 Jul 2026, 09:15; first offer Tue 7 Jul 2026, 10:00; offered within target: Yes');
  });

  it('shows admins, who cannot edit requests, the request without a link to it', async () => {
    showAppointment(['admin']);

    expect(await screen.findByText(/offered within target/)).toHaveTextContent('Made Mon 6 Jul 2026, 09:15; first offer Tue 7 Jul 2026, 10:00');
    expect(screen.queryByRole('link', { name: /Made/ })).not.toBeInTheDocument();
  });

  it("shows managers the appointment's audit trail", async () => {
    const server = showAppointment(['manager']);

    const trail = await screen.findByRole('region', { name: 'Changes to this record' });
    expect(await within(trail).findByText('Changed')).toBeInTheDocument();
    expect(within(trail).getByText('Status')).toBeInTheDocument();
    expect(server.getList).toHaveBeenCalledWith('audit', expect.objectContaining({ filter: { entity: 'appointment', entityId: 'appt-1' } }));
  });

  it('shows registrars no audit trail, and never asks for it', async () => {
    const server = showAppointment(['registrar']);

    await screen.findByRole('heading', { level: 1, name: 'Appointment RF-7Q2K' });
    expect(screen.queryByRole('region', { name: 'Changes to this record' })).not.toBeInTheDocument();
    expect(server.getList).not.toHaveBeenCalledWith('audit', expect.anything());
  });
});
