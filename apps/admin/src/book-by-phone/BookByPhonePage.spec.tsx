import type { AvailabilityResponse, SlotResponse } from '@regflow/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { StaffAvailabilityQuery } from '../data-provider';
import { renderInAdmin } from '../test/render-in-admin';
import { withClockAt } from '../test/environment';
import { listsServer, writeMethod } from '../test/fake-server';
import { anAppointment, appointmentTypes, cheltenham, gloucester, MONDAY_TEN_AM } from '../today/test-builders';
import { BookByPhonePage } from './BookByPhonePage';

const cheltenhamTuesday: SlotResponse = {
  id: 'session-chel~20261208T0930Z',
  officeId: cheltenham.id,
  mode: 'face-to-face',
  startsAt: '2026-12-08T09:30:00.000Z',
  endsAt: '2026-12-08T10:00:00.000Z',
};
const telephoneTuesday: SlotResponse = { id: 'session-tel~20261208T1100Z', officeId: null, mode: 'telephone', startsAt: '2026-12-08T11:00:00.000Z', endsAt: '2026-12-08T11:30:00.000Z' };
const gloucesterWednesday: SlotResponse = { ...cheltenhamTuesday, id: 'session-glos~20261209T1000Z', officeId: gloucester.id, startsAt: '2026-12-09T10:00:00.000Z', endsAt: '2026-12-09T10:30:00.000Z' };

function freeTimes(...slots: SlotResponse[]) {
  return vi.fn(async (query: StaffAvailabilityQuery): Promise<AvailabilityResponse> => ({ type: query.type, firstOffer: slots[0] ?? null, slots }));
}

function renderPage(dataProvider: Record<string, unknown>) {
  return renderInAdmin(<BookByPhonePage />, { dataProvider: { ...listsServer({ offices: [cheltenham, gloucester], 'appointment-types': appointmentTypes }), ...dataProvider } });
}

async function chooseType(name: string) {
  fireEvent.click(await screen.findByRole('radio', { name }));
}

function fillIn(label: RegExp, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

const bookButton = () => screen.getByRole('button', { name: 'Book the appointment' });

describe(BookByPhonePage.name, () => {
  withClockAt(MONDAY_TEN_AM);

  it('shows the first offer as soon as the type is chosen, and every other free time by day', async () => {
    const availability = freeTimes(cheltenhamTuesday, telephoneTuesday, gloucesterWednesday);
    renderPage({ availability });

    await chooseType('Birth registration');

    expect(await screen.findByText('First available: Tue 8 Dec 2026, 09:30 at Cheltenham Register Office')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Book this' })).toBeInTheDocument();
    expect(availability).toHaveBeenCalledWith({ type: 'birth', from: '2026-12-07', days: 14, babies: 1 });
    expect(screen.getAllByRole('radio', { name: /registration/ }).map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Birth registration',
      'Still-birth registration',
      'Death registration',
    ]);
    const days = screen.getByRole('group', { name: 'Days with free times' });
    expect(within(days).getAllByRole('button').map((day) => day.textContent)).toEqual(['Tue 8 Dec (2 times)', 'Wed 9 Dec (1 time)']);
    expect(screen.getByRole('group', { name: 'By telephone' })).toContainElement(screen.getByRole('button', { name: 'Choose Tue 8 Dec 2026, 11:00, by telephone' }));

    fireEvent.click(within(days).getByRole('button', { name: 'Wed 9 Dec (1 time)' }));
    expect(screen.getByRole('group', { name: 'Gloucester Register Office' })).toHaveTextContent('10:00');
  });

  it('pages on to later times, and filters by office, keeping the first offer in view', async () => {
    const availability = freeTimes(cheltenhamTuesday);
    renderPage({ availability });
    await chooseType('Still-birth registration');
    await screen.findByRole('button', { name: 'Book this' });

    fireEvent.click(screen.getByRole('button', { name: 'Later times' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Show times at' }), { target: { value: gloucester.id } });

    await vi.waitFor(() => expect(availability).toHaveBeenLastCalledWith({ type: 'still-birth', from: '2026-12-21', days: 14, office: gloucester.id }));
    expect(availability).toHaveBeenCalledWith({ type: 'still-birth', from: '2026-12-07', days: 14 });
    expect(screen.getByText('First available: Tue 8 Dec 2026, 09:30 at Cheltenham Register Office')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Earlier times' })).toBeInTheDocument();
  });

  it('books a caller with no email address, sending no email field, and says what to tell them', async () => {
    const booked = anAppointment({ id: 'appointment-7', reference: 'RF-7K2M-9Q', startsAt: cheltenhamTuesday.startsAt, residentEmail: null, residentPhone: '07700 900123' });
    const create = vi.fn(async () => ({ data: booked }));
    renderPage({ availability: freeTimes(cheltenhamTuesday), create: writeMethod(create) });
    await chooseType('Birth registration');

    fireEvent.click(await screen.findByRole('button', { name: 'Book this' }));

    const name = screen.getByRole('textbox', { name: /^Full name/ });
    expect(name).toHaveFocus();
    expect(screen.getByText('Booking Tue 8 Dec 2026, 09:30 at Cheltenham Register Office')).toBeInTheDocument();
    fillIn(/^Full name/, 'Aled Jones');
    fillIn(/^Telephone number/, '07700 900123');
    fireEvent.click(bookButton());

    const heading = await screen.findByRole('heading', { level: 2, name: 'Booked: RF-7K2M-9Q' });
    expect(create).toHaveBeenCalledWith('appointments', {
      data: { slotId: cheltenhamTuesday.id, type: 'birth', channel: 'phone', resident: { name: 'Aled Jones', phone: '07700 900123' }, babies: 1 },
    });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Their appointment is Tue 8 Dec 2026, 09:30 at Cheltenham Register Office.')).toBeInTheDocument();
    expect(screen.getByText(`The office is at ${cheltenham.address}.`)).toBeInTheDocument();
    expect(screen.getByText('Proof of identity for each parent attending')).toBeInTheDocument();
    expect(screen.getByText(/Nothing is emailed to them/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the appointment' })).toHaveAttribute('href', '#/appointments/appointment-7/show');

    fireEvent.click(screen.getByRole('button', { name: 'Book another' }));

    const birth = await screen.findByRole('radio', { name: 'Birth registration' });
    expect(birth).not.toBeChecked();
    expect(birth).toHaveFocus();
    expect(screen.getByText('Choose the appointment type first.')).toBeInTheDocument();
  });

  it('asks for the date of death, or that it is not known, and flags the request when it is not', async () => {
    const availability = freeTimes(telephoneTuesday);
    const create = vi.fn(async () => ({ data: anAppointment({ type: 'death', officeId: null, mode: 'telephone', startsAt: telephoneTuesday.startsAt }) }));
    renderPage({ availability, create: writeMethod(create) });
    await chooseType('Death registration');
    expect(screen.getByText('Say whether they want to use Tell Us Once first.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Choose Tue 8 Dec 2026, 11:00, by telephone' }));
    fillIn(/^Full name/, 'Bethan Price');
    fireEvent.click(bookButton());

    expect(await screen.findByText('Enter the date of death, or tick “Date of death not known”')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Date of death\s*\*?$/)).toHaveFocus();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Date of death not known' }));
    fireEvent.click(bookButton());

    await screen.findByRole('heading', { level: 2, name: /^Booked/ });
    expect(availability).toHaveBeenCalledWith({ type: 'death', from: '2026-12-07', days: 14, tellUsOnce: false });
    expect(create).toHaveBeenCalledWith('appointments', {
      data: { slotId: telephoneTuesday.id, type: 'death', channel: 'phone', resident: { name: 'Bethan Price' }, tellUsOnce: false, dateOfDeathUnknown: true },
    });
    expect(screen.getByText(/the request is listed for follow-up/)).toBeInTheDocument();
  });

  it('refuses a date of death after today', async () => {
    renderPage({ availability: freeTimes(telephoneTuesday) });
    await chooseType('Death registration');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Book this' }));
    fillIn(/^Full name/, 'Bethan Price');
    fireEvent.change(screen.getByLabelText(/^Date of death\s*\*?$/), { target: { value: '2026-12-08' } });

    fireEvent.click(bookButton());

    expect(await screen.findByText('The date of death cannot be after today')).toBeInTheDocument();
  });

  it('goes back to the times, refreshed, when the time has just been taken', async () => {
    const message = 'that appointment time is no longer available: choose another from GET /api/public/availability';
    const availability = vi
      .fn(async (query: StaffAvailabilityQuery): Promise<AvailabilityResponse> => ({ type: query.type, firstOffer: gloucesterWednesday, slots: [gloucesterWednesday] }))
      .mockResolvedValueOnce({ type: 'birth', firstOffer: cheltenhamTuesday, slots: [cheltenhamTuesday, gloucesterWednesday] });
    const create = vi.fn(async () => {
      throw new HttpError(message, 409, { statusCode: 409, code: 'slot-unavailable', message });
    });
    renderPage({ availability, create: writeMethod(create) });
    await chooseType('Birth registration');
    fireEvent.click(await screen.findByRole('button', { name: 'Book this' }));
    fillIn(/^Full name/, 'Aled Jones');

    fireEvent.click(bookButton());

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent(`${message} Choose another time: the times below are up to date.`);
    expect(refusal).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Book the appointment' })).not.toBeInTheDocument();
    expect(await screen.findByText('First available: Wed 9 Dec 2026, 10:00 at Gloucester Register Office')).toBeInTheDocument();
    expect(availability).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole('button', { name: 'Book this' }));
    expect(screen.getByRole('textbox', { name: /^Full name/ })).toHaveValue('Aled Jones');
  });

  it("shows the server's message about a detail, beside the field", async () => {
    const problem = 'resident.phone must be a telephone number of digits, spaces and + ( ) -';
    const create = vi.fn(async () => {
      throw new HttpError(problem, 400, { statusCode: 400, code: 'invalid-input', message: problem, fields: [{ field: 'resident.phone', problems: [problem] }] });
    });
    renderPage({ availability: freeTimes(cheltenhamTuesday), create: writeMethod(create) });
    await chooseType('Birth registration');
    fireEvent.click(await screen.findByRole('button', { name: 'Book this' }));
    fillIn(/^Full name/, 'Aled Jones');
    fillIn(/^Telephone number/, '07700 900123');

    fireEvent.click(bookButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(`Not booked. ${problem}`);
    expect(screen.getByRole('textbox', { name: /^Telephone number/ })).toHaveAccessibleDescription(problem);
  });

  it('says when the free times cannot be loaded, and tries again', async () => {
    const availability = freeTimes(cheltenhamTuesday).mockRejectedValueOnce(new Error('The regflow server cannot be reached.'));
    renderPage({ availability });
    await chooseType('Birth registration');

    expect(await screen.findByText('The free times could not be loaded. The regflow server cannot be reached.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('button', { name: 'Book this' })).toBeInTheDocument();
  });
});
