import type { AppointmentResponse, AppointmentStatus, AvailabilityResponse, SlotResponse } from '@regflow/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataProvider, HttpError, Notification } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { StaffAvailabilityQuery } from '../../data-provider';
import { withClockAt } from '../../test/environment';
import { anAppointment, offices, staff } from '../../test/builders';
import { listsServer } from '../../test/fake-server';
import { renderInAdmin } from '../../test/render-in-admin';
import { appointmentTypes, aRequest } from '../shared/lists.fixtures';
import { AppointmentShow } from './AppointmentShow';
import { MoveAppointmentButton } from './MoveAppointmentButton';

/** Its own time (Mon 6 Jul, 09:30 at Worcester), which the server offers when moving it, and two others. */
const ownTime: SlotResponse = { id: 'session-mon~20260706T0830Z', officeId: 'office-worcester', mode: 'face-to-face', startsAt: '2026-07-06T08:30:00.000Z', endsAt: '2026-07-06T09:00:00.000Z' };
const tuesdayAtWorcester: SlotResponse = { id: 'session-tue~20260707T0930Z', officeId: 'office-worcester', mode: 'face-to-face', startsAt: '2026-07-07T09:30:00.000Z', endsAt: '2026-07-07T10:00:00.000Z' };
const wednesdayByTelephone: SlotResponse = { id: 'session-tel~20260708T1300Z', officeId: null, mode: 'telephone', startsAt: '2026-07-08T13:00:00.000Z', endsAt: '2026-07-08T13:30:00.000Z' };

const freeTimes = (...slots: SlotResponse[]): AvailabilityResponse => ({ type: 'birth', firstOffer: slots[0] ?? null, slots });

interface ServerAnswers {
  readonly appointment?: AppointmentResponse;
  readonly availability?: (query: StaffAvailabilityQuery) => Promise<AvailabilityResponse>;
  readonly moveAppointment?: (id: string, slotId: string) => Promise<AppointmentResponse>;
  readonly canAccess?: (resource: string, action: string) => boolean;
}

/** The appointment's page over a server that answers the appointment as it stands (moved, once it is). */
function showAppointment({
  appointment = anAppointment(),
  availability = async () => freeTimes(ownTime, tuesdayAtWorcester, wednesdayByTelephone),
  moveAppointment = async () => ({ ...appointment, sessionId: 'session-tue', startsAt: tuesdayAtWorcester.startsAt, endsAt: tuesdayAtWorcester.endsAt }),
  canAccess,
}: ServerAnswers = {}) {
  let current = appointment;
  const server = {
    ...listsServer({ offices, staff, 'appointment-types': appointmentTypes, requests: [aRequest()] }),
    getOne: vi.fn(async () => ({ data: current })) as ReturnType<typeof vi.fn> & DataProvider['getOne'],
    availability: vi.fn(availability),
    moveAppointment: vi.fn(async (id: string, slotId: string) => {
      current = await moveAppointment(id, slotId);
      return current;
    }),
  };
  renderInAdmin(
    <>
      <AppointmentShow id={appointment.id} />
      <Notification />
    </>,
    { dataProvider: server, canAccess },
  );
  return server;
}

const MOVE = { name: 'Move to another time' } as const;
const DIALOG = { name: 'Move RF-7Q2K to another time' } as const;
const TUESDAY_AT_WORCESTER = { name: 'Move to Tue 7 Jul 2026, 10:30 at Worcester Register Office' } as const;

async function openTheDialog() {
  fireEvent.click(await screen.findByRole('button', MOVE));
  return screen.findByRole('dialog', DIALOG);
}

describe(MoveAppointmentButton.name, () => {
  withClockAt('2026-07-01T09:00:00.000Z');

  it('offers a booked appointment a move', async () => {
    showAppointment();

    expect(await screen.findByRole('button', MOVE)).toBeInTheDocument();
  });

  it.each<AppointmentStatus>(['cancelled', 'registered'])('offers no move for an appointment that is %s', async (status) => {
    showAppointment({ appointment: anAppointment({ status }) });

    await screen.findByRole('heading', { level: 1, name: 'Appointment RF-7Q2K' });
    expect(screen.queryByRole('button', MOVE)).not.toBeInTheDocument();
  });

  it('offers no move to someone who may not change appointments', async () => {
    const canAccess = vi.fn((resource: string, action: string) => !(resource === 'appointments' && action === 'edit'));
    showAppointment({ canAccess });

    // The request's link waits on the same access check as the move.
    await screen.findByRole('link', { name: /Made/ });
    expect(canAccess).toHaveBeenCalledWith('appointments', 'edit');
    expect(screen.queryByRole('button', MOVE)).not.toBeInTheDocument();
  });

  it('lists the times this appointment can move to, day by day, from its own day, leaving out its own time', async () => {
    const server = showAppointment();

    const dialog = await openTheDialog();

    expect(await within(dialog).findByRole('button', TUESDAY_AT_WORCESTER)).toHaveTextContent('10:30');
    expect(within(dialog).getByRole('button', { name: 'Move to Wed 8 Jul 2026, 14:00, by telephone' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Tuesday 7 July 2026' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Free times from Monday 6 July 2026 to Sunday 19 July 2026' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Mon 6 Jul 2026, 09:30/ })).not.toBeInTheDocument();
    expect(server.availability).toHaveBeenCalledWith({ type: 'birth', from: '2026-07-06', days: 14, moving: 'appt-1' });
  });

  describe('once the appointment’s day has passed', () => {
    withClockAt('2026-07-08T09:00:00.000Z');

    it('looks from today, and pages on two weeks at a time and back', async () => {
      const server = showAppointment();

      const dialog = await openTheDialog();
      await within(dialog).findByRole('button', { name: /^Move to Wed 8 Jul/ });
      expect(server.availability).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2026-07-08', moving: 'appt-1' }));
      expect(within(dialog).queryByRole('button', { name: 'Earlier times' })).not.toBeInTheDocument();

      fireEvent.click(within(dialog).getByRole('button', { name: 'Later times' }));
      expect(await within(dialog).findByRole('heading', { name: 'Free times from Wednesday 22 July 2026 to Tuesday 4 August 2026' })).toBeInTheDocument();
      expect(server.availability).toHaveBeenLastCalledWith({ type: 'birth', from: '2026-07-22', days: 14, moving: 'appt-1' });

      fireEvent.click(within(dialog).getByRole('button', { name: 'Earlier times' }));
      await waitFor(() => expect(server.availability).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2026-07-08' })));
    });
  });

  it('says so while the times are on their way', async () => {
    showAppointment({ availability: () => new Promise(() => undefined) });

    const dialog = await openTheDialog();

    expect(within(dialog).getByRole('status')).toHaveTextContent('Loading…');
  });

  it('says when there is no other free time in these two weeks', async () => {
    showAppointment({ availability: async () => freeTimes(ownTime) });

    const dialog = await openTheDialog();

    expect(await within(dialog).findByRole('status')).toHaveTextContent('No free times in these two weeks: try later times.');
    expect(within(dialog).getByRole('button', { name: 'Later times' })).toBeInTheDocument();
  });

  it('says why the times could not be loaded, and tries again', async () => {
    const availability = vi
      .fn<(query: StaffAvailabilityQuery) => Promise<AvailabilityResponse>>()
      .mockRejectedValueOnce(new HttpError('the server is busy: try again in a minute', 503))
      .mockResolvedValue(freeTimes(tuesdayAtWorcester));
    showAppointment({ availability });

    const dialog = await openTheDialog();
    expect(await within(dialog).findByText('The free times could not be loaded: the server is busy: try again in a minute')).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByRole('button', TUESDAY_AT_WORCESTER)).toBeInTheDocument();
  });

  it('moves the appointment to the time chosen, says so, and shows its new time', async () => {
    const server = showAppointment();

    const dialog = await openTheDialog();
    fireEvent.click(await within(dialog).findByRole('button', TUESDAY_AT_WORCESTER));

    expect(await screen.findByText('Moved to Tue 7 Jul 2026, 10:30 at Worcester Register Office.')).toBeInTheDocument();
    expect(server.moveAppointment).toHaveBeenCalledWith('appt-1', 'session-tue~20260707T0930Z');
    await waitFor(() => expect(screen.queryByRole('dialog', DIALOG)).not.toBeInTheDocument());
    expect(await screen.findByText('Tue 7 Jul 2026, 10:30')).toBeInTheDocument();
  });

  it.each([
    ['the time was taken meanwhile', new HttpError('that appointment time is no longer available: choose another', 409, { code: 'slot-unavailable' })],
    ['it is another registrar’s diary', new HttpError('registrars may change only their own diary: ask a manager', 403, { code: 'not-your-diary' })],
  ])('shows the server’s refusal when %s, and asks for the free times again', async (_why, refusal) => {
    const server = showAppointment({ moveAppointment: async () => Promise.reject(refusal) });

    const dialog = await openTheDialog();
    fireEvent.click(await within(dialog).findByRole('button', TUESDAY_AT_WORCESTER));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`The appointment was not moved: ${refusal.message}`);
    expect(alert).toHaveFocus();
    await waitFor(() => expect(server.availability).toHaveBeenCalledTimes(2));
    expect(await within(dialog).findByRole('button', TUESDAY_AT_WORCESTER)).toBeEnabled();
    expect(screen.getByText('Mon 6 Jul 2026, 09:30')).toBeInTheDocument();
  });
});
