import type { StaffRole } from '@regflow/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateParams, DeleteParams, GetListParams, HttpError, UpdateParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { AdminRenderOptions, renderInAdmin } from '../test/render-in-admin';
import { AMRIT, offices, staff } from '../test/builders';
import { aBlock, anAppointment, aSession, MONDAY_MORNING } from './diary.fixtures';
import { DiaryPage } from './DiaryPage';

type Lists = Record<string, readonly object[]>;

const week: Lists = {
  sessions: [aSession(), aSession({ id: 'session-tue', day: '2026-07-07', officeId: null, startTime: '13:00', endTime: '16:00', acceptedTypes: ['death'] })],
  blocks: [aBlock()],
  appointments: [
    anAppointment(),
    anAppointment({
      id: 'appointment-2',
      reference: 'DTH-3PX9',
      type: 'death',
      mode: 'telephone',
      officeId: null,
      sessionId: 'session-tue',
      status: 'attended',
      startsAt: '2026-07-07T12:30:00Z',
      endsAt: '2026-07-07T13:00:00Z',
      residentName: 'Grace Hopper',
    }),
    anAppointment({ id: 'appointment-3', reference: 'BRT-GONE', status: 'cancelled', startsAt: '2026-07-06T09:00:00Z', endsAt: '2026-07-06T09:30:00Z' }),
  ],
  offices,
  staff,
};

/** A server answering each list from `lists`, leaving out the status `status_ne` names as the server does; writes answer with what `writes` says. */
function serverWith(lists: Lists, writes: Partial<Record<'create' | 'update' | 'delete', (resource: string, params: never) => Promise<{ data: object }>>> = {}) {
  return {
    getList: vi.fn(async (resource: string, params: GetListParams) => {
      const leftOut: unknown = params.filter?.status_ne;
      const data = (lists[resource] ?? []).filter((row) => leftOut === undefined || (row as { status?: string }).status !== leftOut);
      return { data, total: data.length };
    }),
    create: vi.fn(writes.create ?? (async (_resource: string, params: CreateParams) => ({ data: { id: 'new', ...params.data } }))),
    update: vi.fn(writes.update ?? (async (_resource: string, params: UpdateParams) => ({ data: { id: params.id, ...params.data } }))),
    delete: vi.fn(writes.delete ?? (async (_resource: string, params: DeleteParams) => ({ data: params.previousData! }))),
  };
}

/** `server` stands in for the data provider: only the methods the diary calls. */
function renderDiary(server: object, roles: readonly StaffRole[] = ['registrar']) {
  return renderInAdmin(<DiaryPage getNow={() => MONDAY_MORNING} />, { dataProvider: server as AdminRenderOptions['dataProvider'], roles, staff: AMRIT });
}

const calendarEvent = (name: RegExp) => screen.findByRole('button', { name }, { timeout: 10_000 });
const filterOf = (server: ReturnType<typeof serverWith>, resource: string) =>
  server.getList.mock.calls.filter(([asked]) => asked === resource).map(([, params]) => params.filter);

describe(DiaryPage.name, () => {
  it('says it is loading until the diary arrives', async () => {
    renderDiary({ getList: () => new Promise(() => undefined) });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading the diary…');
  });

  it('says the diary could not be loaded and loads it again on Try again', async () => {
    let refuse = true;
    const server = serverWith(week);
    const getList = server.getList.getMockImplementation()!;
    server.getList.mockImplementation(async (resource, params) => {
      if (resource === 'appointments' && refuse) throw new HttpError('you are signed out: sign in again', 401);
      return getList(resource, params);
    });
    renderDiary(server);

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The diary could not be loaded: you are signed out: sign in again. Check your connection, then try again.');

    refuse = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await calendarEvent(/BRT-7KQ2/)).toBeInTheDocument();
  });

  it('asks for the week shown only, in the registrar’s own diary', async () => {
    const server = serverWith(week);
    renderDiary(server);
    await calendarEvent(/BRT-7KQ2/);

    const ownWeek = { day_gte: '2026-07-06', day_lte: '2026-07-12', registrarId: AMRIT.id };
    expect(filterOf(server, 'sessions')).toContainEqual(ownWeek);
    expect(filterOf(server, 'blocks')).toContainEqual(ownWeek);
    expect(filterOf(server, 'appointments')).toContainEqual({ ...ownWeek, status_ne: 'cancelled' });
    expect(screen.getByRole('heading', { level: 2, name: 'Week beginning Monday 6 July 2026' })).toBeInTheDocument();
  });

  it('goes to the next week with the toolbar, and to a day from the week’s heading', async () => {
    const server = serverWith(week);
    renderDiary(server);
    await calendarEvent(/BRT-7KQ2/);

    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Week beginning Monday 13 July 2026' })).toBeInTheDocument();
    await waitFor(() => expect(filterOf(server, 'sessions')).toContainEqual({ day_gte: '2026-07-13', day_lte: '2026-07-19', registrarId: AMRIT.id }));

    fireEvent.click(await screen.findByRole('button', { name: 'Wed 15 Jul' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Wednesday 15 July 2026' })).toBeInTheDocument();
    await waitFor(() => expect(filterOf(server, 'appointments')).toContainEqual({ day_gte: '2026-07-15', day_lte: '2026-07-15', registrarId: AMRIT.id, status_ne: 'cancelled' }));
    expect(window.location.hash).toBe('#/?day=2026-07-15&view=day');
  });

  it('shows appointments by type with how they happen, the sessions behind them and blocked time, in London time', async () => {
    renderDiary(serverWith(week));

    const birth = await calendarEvent(/^09:00 – 09:30 Birth · BRT-7KQ2\s*, Face to face$/);
    expect(birth).toHaveStyle({ backgroundColor: '#2e7d32', color: '#ffffff' });
    expect(screen.getByRole('button', { name: /^13:30 – 14:00 Death · DTH-3PX9\s*, Telephone, Attended$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^09:00 – 12:30 Session: Worcester$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^13:00 – 16:00 Session: Telephone$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^11:00 – 11:30 Blocked: training$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /BRT-GONE/ })).not.toBeInTheDocument();
  });

  it('explains the colours and icons in a key', async () => {
    renderDiary(serverWith(week));
    await calendarEvent(/BRT-7KQ2/);

    const key = screen.getByRole('region', { name: 'Key' });
    for (const entry of ['Birth', 'Still-birth', 'Death', 'Notice', 'Notice (referred)', 'Ceremony', 'Session at an office', 'Telephone session', 'Blocked time', 'By telephone', 'Face to face']) {
      expect(within(key).getByText(entry)).toBeInTheDocument();
    }
  });

  it('lists the week’s appointments under the calendar, each a link to it', async () => {
    renderDiary(serverWith(week));
    await calendarEvent(/BRT-7KQ2/);

    const list = screen.getByRole('region', { name: 'Appointments this week' });
    expect(within(list).getByRole('heading', { level: 3, name: 'Monday 6 July 2026' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: '09:00–09:30 Birth BRT-7KQ2' })).toHaveAttribute('href', '#/appointments/appointment-1/show');
    expect(within(list).getByRole('link', { name: '13:30–14:00 Death DTH-3PX9' })).toBeInTheDocument();
    expect(within(list).queryByText(/BRT-GONE/)).not.toBeInTheDocument();
  });

  it('opens an appointment when it is selected, by mouse or keyboard', async () => {
    renderDiary(serverWith(week));

    fireEvent.click(await calendarEvent(/BRT-7KQ2/));
    await waitFor(() => expect(window.location.hash).toBe('#/appointments/appointment-1/show'));

    window.history.replaceState(null, '', '/');
    fireEvent.keyDown(await calendarEvent(/DTH-3PX9/), { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/appointments/appointment-2/show'));
  });

  it('tells a registrar with no sessions this week to open one', async () => {
    renderDiary(serverWith({ ...week, sessions: [], blocks: [], appointments: [] }));

    expect(await screen.findByRole('heading', { name: 'No sessions this week' }, { timeout: 10_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open a session' }));

    expect(await screen.findByRole('dialog', { name: 'Open a session' })).toBeInTheDocument();
  });

  it('keeps a refused session open with the server’s reason and what was typed', async () => {
    const bankHoliday = 'Monday 31 August 2026 is a bank holiday (Summer bank holiday): sessions cannot be opened then; choose another day';
    const server = serverWith(week, { create: async () => Promise.reject(new HttpError(bankHoliday, 409, { code: 'session-on-closed-day', message: bankHoliday })) });
    renderDiary(server);
    await calendarEvent(/BRT-7KQ2/);

    fireEvent.click(screen.getByRole('button', { name: 'New session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a session' });
    fireEvent.change(within(dialog).getByLabelText(/^Day/), { target: { value: '2026-08-31' } });
    fireEvent.change(within(dialog).getByLabelText(/^From/), { target: { value: '09:00' } });
    fireEvent.change(within(dialog).getByLabelText(/^To/), { target: { value: '12:00' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Office/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Worcester' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Birth' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`Not saved: ${bankHoliday}`);
    expect(server.create).toHaveBeenCalledWith(
      'sessions',
      expect.objectContaining({
        data: { registrarId: AMRIT.id, officeId: 'office-worcester', day: '2026-08-31', startTime: '09:00', endTime: '12:00', acceptedTypes: ['birth'] },
      }),
    );
    expect(screen.getByRole('dialog', { name: 'Open a session' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Day/)).toHaveValue('2026-08-31');
  });

  it('opens a telephone session with no office', async () => {
    const server = serverWith(week);
    renderDiary(server);
    await calendarEvent(/BRT-7KQ2/);

    fireEvent.click(screen.getByRole('button', { name: 'New session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a session' });
    fireEvent.change(within(dialog).getByLabelText(/^From/), { target: { value: '13:00' } });
    fireEvent.change(within(dialog).getByLabelText(/^To/), { target: { value: '16:00' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Office/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Telephone' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Death' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.create).toHaveBeenCalledWith(
      'sessions',
      expect.objectContaining({ data: { registrarId: AMRIT.id, officeId: null, day: '2026-07-06', startTime: '13:00', endTime: '16:00', acceptedTypes: ['death'] } }),
    );
  });

  it('changes a session selected on the calendar, and shows why the server will not delete it', async () => {
    const booked = 'the session has booked appointments: move or cancel them first';
    const server = serverWith(week, { delete: async () => Promise.reject(new HttpError(booked, 409)) });
    renderDiary(server);

    fireEvent.click(await calendarEvent(/^09:00 – 12:30 Session: Worcester$/));
    const dialog = await screen.findByRole('dialog', { name: 'Session on Monday 6 July 2026, 09:00 to 12:30' });
    expect(within(dialog).getByLabelText(/^From/)).toHaveValue('09:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete session' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    // The confirmation closes first (it hides the dialog under it from screen readers until then).
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete this session?' })).not.toBeInTheDocument(), { timeout: 5_000 });

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`Not saved: ${booked}`);
    expect(server.delete).toHaveBeenCalledWith('sessions', expect.objectContaining({ id: 'session-mon' }));
  });

  it('changes blocked time selected on the calendar', async () => {
    const server = serverWith(week);
    renderDiary(server);

    fireEvent.click(await calendarEvent(/Blocked: training/));
    const dialog = await screen.findByRole('dialog', { name: 'Blocked time on Monday 6 July 2026, 11:00 to 11:30' });
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'annual leave' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(server.update).toHaveBeenCalledWith(
        'blocks',
        expect.objectContaining({ id: 'block-mon', data: { sessionId: 'session-mon', startTime: '11:00', endTime: '11:30', reason: 'annual leave' } }),
      ),
    );
  });

  it('lets a manager choose an office and a registrar', async () => {
    const server = serverWith(week);
    renderDiary(server, ['manager']);
    await calendarEvent(/BRT-7KQ2/);

    const office = screen.getByRole('combobox', { name: 'Office' });
    const registrar = screen.getByRole('combobox', { name: 'Registrar' });
    expect(within(registrar).getAllByRole('option').map((option) => option.textContent)).toEqual(['All registrars', 'Amrit Kaur', 'Ben Okafor']);
    expect(filterOf(server, 'appointments')).toContainEqual({ day_gte: '2026-07-06', day_lte: '2026-07-12', status_ne: 'cancelled' });

    fireEvent.change(office, { target: { value: 'office-redditch' } });
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Registrar' })).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Registrar' }), { target: { value: 'staff-ben' } });

    await waitFor(() =>
      expect(filterOf(server, 'appointments')).toContainEqual({ day_gte: '2026-07-06', day_lte: '2026-07-12', officeId: 'office-redditch', registrarId: 'staff-ben', status_ne: 'cancelled' }),
    );
  });

  it.each<readonly StaffRole[]>([['registrar'], ['superintendent-registrar']])('gives a %s their own diary, with no office or registrar filter', async (role) => {
    const server = serverWith(week);
    renderDiary(server, [role]);
    await calendarEvent(/BRT-7KQ2/);

    expect(screen.queryByRole('combobox', { name: 'Office' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Registrar' })).not.toBeInTheDocument();
    expect(filterOf(server, 'sessions')).toContainEqual({ day_gte: '2026-07-06', day_lte: '2026-07-12', registrarId: AMRIT.id });
  });

  it('shows a manager each registrar’s day side by side', async () => {
    renderDiary(serverWith({ ...week, sessions: [...week.sessions, aSession({ id: 'session-ben', registrarId: 'staff-ben', officeId: 'office-redditch' })] }), ['manager']);
    await calendarEvent(/BRT-7KQ2/);

    fireEvent.click(screen.getByRole('button', { name: 'Day' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Monday 6 July 2026' })).toBeInTheDocument();
    expect(await screen.findByText('Ben Okafor', { selector: '.rbc-row-resource *' })).toBeInTheDocument();
    expect(screen.getByText('Amrit Kaur', { selector: '.rbc-row-resource *' })).toBeInTheDocument();
  });
});
