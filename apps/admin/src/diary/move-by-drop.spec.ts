import type { AppointmentResponse, AvailabilityResponse } from '@regflow/contracts';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { StaffAvailabilityQuery } from '../data-provider';
import { anAppointment, aSession } from './diary.fixtures';
import { moveByDrop, moveReport } from './move-by-drop';

const session = aSession({ id: 's1', acceptedTypes: ['birth'] });
const appointment = anAppointment({ id: 'a1', sessionId: 's1' });

const free: AvailabilityResponse = {
  type: 'birth',
  firstOffer: null,
  slots: [{ id: 's1~20260706T0915Z', officeId: 'office-worcester', mode: 'face-to-face', startsAt: '2026-07-06T09:15:00Z', endsAt: '2026-07-06T09:45:00Z' }],
};

function server(move: (id: string, slotId: string) => Promise<AppointmentResponse> = async () => ({ ...appointment, startsAt: '2026-07-06T09:15:00Z' })) {
  return { availability: vi.fn(async (_query: StaffAvailabilityQuery) => free), moveAppointment: vi.fn(move) };
}

const dropAt = (start: string) => ({ appointment, start: new Date(start), registrarId: 'staff-amrit' });

describe(moveByDrop.name, () => {
  it('asks for the day’s free times of the type for moving this appointment, then moves with the slot the drop names', async () => {
    const actions = server();

    const outcome = await moveByDrop(actions, dropAt('2026-07-06T09:15:00Z'), [session]);

    expect(actions.availability).toHaveBeenCalledWith({ type: 'birth', from: '2026-07-06', days: 1, moving: 'a1' });
    expect(actions.moveAppointment).toHaveBeenCalledWith('a1', 's1~20260706T0915Z');
    expect(outcome).toMatchObject({ kind: 'moved', appointment: { startsAt: '2026-07-06T09:15:00Z' } });
  });

  it('passes on the server’s refusal when the time was taken meanwhile', async () => {
    const taken = 'that appointment time is no longer available: choose another from GET /api/public/availability';
    const actions = server(async () => Promise.reject(new HttpError(taken, 409, { code: 'slot-unavailable', message: taken })));

    expect(await moveByDrop(actions, dropAt('2026-07-06T09:15:00Z'), [session])).toEqual({ kind: 'refused', message: taken });
  });

  it('moves nothing when no free slot starts at the drop', async () => {
    const actions = server();

    expect(await moveByDrop(actions, dropAt('2026-07-06T09:00:00Z'), [session])).toEqual({
      kind: 'not-free',
      day: '2026-07-06',
      time: '10:00',
      freeTimes: ['10:15'],
    });
    expect(actions.moveAppointment).not.toHaveBeenCalled();
  });

  it('does not ask the server about a day without a session in the diary', async () => {
    const actions = server();

    expect(await moveByDrop(actions, dropAt('2026-07-07T09:15:00Z'), [session])).toEqual({ kind: 'no-session', day: '2026-07-07', time: '10:15' });
    expect(actions.availability).not.toHaveBeenCalled();
  });

  it('does nothing when dropped where it was', async () => {
    const actions = server();

    expect(await moveByDrop(actions, dropAt('2026-07-06T08:00:00Z'), [session])).toEqual({ kind: 'unchanged' });
    expect(actions.availability).not.toHaveBeenCalled();
  });
});

describe(moveReport.name, () => {
  it.each([
    [{ kind: 'unchanged' } as const, null],
    [
      { kind: 'moved', appointment: { ...appointment, startsAt: '2026-07-06T09:15:00Z' } } as const,
      { key: 'moved', tone: 'success', args: { reference: 'BRT-7KQ2', day: 'Monday 6 July 2026', time: '10:15' } },
    ],
    [{ kind: 'refused', message: 'the appointment is cancelled' } as const, { key: 'refused', tone: 'error', args: { reason: 'the appointment is cancelled' } }],
    [
      { kind: 'no-session', day: '2026-07-07', time: '10:15' } as const,
      { key: 'no_session', tone: 'warning', args: { type: 'Birth', day: 'Tuesday 7 July 2026' } },
    ],
    [
      { kind: 'not-free', day: '2026-07-06', time: '10:00', freeTimes: ['09:00', '11:30'] } as const,
      { key: 'not_free', tone: 'warning', args: { type: 'Birth', day: 'Monday 6 July 2026', time: '10:00', times: '09:00, 11:30' } },
    ],
    [
      { kind: 'not-free', day: '2026-07-06', time: '10:00', freeTimes: [] } as const,
      { key: 'none_free', tone: 'warning', args: { type: 'Birth', day: 'Monday 6 July 2026', time: '10:00' } },
    ],
  ])('reports %o', (outcome, report) => {
    expect(moveReport(outcome, 'Birth')).toEqual(report);
  });
});
