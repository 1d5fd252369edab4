import type { SuspensionResponse } from '@regflow/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CreateParams, DataProvider, HttpError, Notification, ResourceContextProvider, ResourceDefinitionContextProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import type { StaffRole } from '@regflow/contracts';
import { mayAccess } from '../../auth/access';
import { listsServer } from '../../test/fake-server';
import { appointmentTypes } from '../shared/lists.fixtures';
import { validateSuspension } from './SuspensionForm';
import { SuspensionCreate, SuspensionList } from './SuspensionPages';

const birthsPaused: SuspensionResponse = {
  id: 'suspension-1',
  typeCode: 'birth',
  fromDay: '2026-12-21',
  toDay: '2027-01-01',
  message: 'Online birth booking is paused over Christmas: please phone 01905 765432.',
};

/** The suspensions resource as the app registers it: a list, a create and an edit page. */
function asSuspensions(page: ReactNode): ReactNode {
  return (
    <ResourceDefinitionContextProvider definitions={{ suspensions: { name: 'suspensions', hasList: true, hasCreate: true, hasEdit: true } }}>
      <ResourceContextProvider value="suspensions">
        {page}
        <Notification />
      </ResourceContextProvider>
    </ResourceDefinitionContextProvider>
  );
}

function renderList(suspensions: readonly SuspensionResponse[], roles: readonly StaffRole[]) {
  renderInAdmin(asSuspensions(<SuspensionList />), { dataProvider: listsServer({ suspensions, 'appointment-types': appointmentTypes }), roles, accessRules: true });
}

describe(SuspensionList.name, () => {
  it('lists each suspension with its type, its days in words and the message residents read', async () => {
    renderList([birthsPaused], ['manager']);

    expect(await screen.findByText(birthsPaused.message)).toBeInTheDocument();
    expect(await screen.findByText('Birth registration')).toBeInTheDocument();
    expect(screen.getByText('Monday 21 December 2026')).toBeInTheDocument();
    expect(screen.getByText('Friday 1 January 2027')).toBeInTheDocument();
  });

  it('says online booking is open for every type, and offers a manager to add a suspension', async () => {
    renderList([], ['manager']);

    expect(await screen.findByText(/Online booking is open for every type/)).toBeInTheDocument();
    expect((await screen.findAllByRole('link', { name: 'Create' })).length).toBeGreaterThan(0);
  });

  it('offers a registrar nothing to add, once asked whether they may', async () => {
    const mayDo = vi.fn((resource: string, action: string) => mayAccess(['registrar'], resource, action));
    renderInAdmin(asSuspensions(<SuspensionList />), { dataProvider: listsServer({ suspensions: [], 'appointment-types': appointmentTypes }), roles: ['registrar'], canAccess: mayDo });

    expect(await screen.findByText(/Online booking is open for every type/)).toBeInTheDocument();
    await waitFor(() => expect(mayDo).toHaveBeenCalledWith('suspensions', 'create'));
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
  });
});

describe(SuspensionCreate.name, () => {
  function renderCreate(create: (params: CreateParams) => Promise<{ data: SuspensionResponse }>) {
    const server = {
      ...listsServer({ 'appointment-types': appointmentTypes }),
      create: vi.fn(async (_resource: string, params: CreateParams) => create(params)) as ReturnType<typeof vi.fn> & DataProvider['create'],
    };
    renderInAdmin(asSuspensions(<SuspensionCreate />), { dataProvider: server, roles: ['manager'] });
    return server;
  }

  async function fillIn() {
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: /Appointment type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Birth registration' }));
    fireEvent.change(screen.getByLabelText(/First day/), { target: { value: birthsPaused.fromDay } });
    fireEvent.change(screen.getByLabelText(/Last day/), { target: { value: birthsPaused.toDay } });
    fireEvent.change(screen.getByLabelText(/Message to residents/), { target: { value: birthsPaused.message } });
  }

  it('sends the type, the days and the message, and nothing else', async () => {
    const server = renderCreate(async ({ data }) => ({ data: { ...(data as SuspensionResponse), id: 'suspension-2' } }));

    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.create).toHaveBeenCalled());
    expect(server.create.mock.calls[0][1].data).toEqual({ typeCode: 'birth', fromDay: '2026-12-21', toDay: '2027-01-01', message: birthsPaused.message });
  });

  it('shows the server’s refusal in its words', async () => {
    renderCreate(async () => {
      throw new HttpError('toDay 2026-12-20 is before fromDay 2026-12-21: give the last day on or after the first', 400);
    });

    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/is before fromDay 2026-12-21: give the last day on or after the first/)).toBeInTheDocument();
  });
});

describe(validateSuspension.name, () => {
  it.each([
    [{ fromDay: '2026-12-21', toDay: '2026-12-20' }, { toDay: 'regflow.lists.suspensions.to_before_from' }],
    [{ fromDay: '2026-12-21', toDay: '2026-12-21' }, {}],
    [{ fromDay: '2026-12-21' }, {}],
  ])('%j → %j', (values, errors) => {
    expect(validateSuspension(values)).toEqual(errors);
  });
});
