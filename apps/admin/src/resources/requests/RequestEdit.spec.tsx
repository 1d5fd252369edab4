import type { RequestResponse } from '@regflow/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DataProvider, HttpError, Notification, UpdateParams } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { answeringOne, listsServer } from '../../test/fake-server';
import { appointmentTypes, aRequest } from '../shared/lists.fixtures';
import { RequestEdit } from './RequestEdit';

function editRequest(request: RequestResponse, update: (params: UpdateParams) => Promise<{ data: RequestResponse }>) {
  const server = {
    ...listsServer({ 'appointment-types': appointmentTypes }),
    getOne: answeringOne(request),
    update: vi.fn(async (_resource: string, params: UpdateParams) => update(params)) as ReturnType<typeof vi.fn> & DataProvider['update'],
  };
  renderInAdmin(
    <>
      <RequestEdit id={request.id} />
      <Notification />
    </>,
    { dataProvider: server },
  );
  return server;
}

const noDateOfDeath = aRequest({ eventDate: null, eventDateMissing: true });

describe(RequestEdit.name, () => {
  it('asks for the date of death and a coroner referral of a death', async () => {
    editRequest(noDateOfDeath, async () => ({ data: noDateOfDeath }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Record what happened to this request' })).toBeInTheDocument();
    expect(screen.getByLabelText('Date of death')).toHaveValue('');
    expect(screen.getByRole('switch', { name: 'Referred to the coroner' })).not.toBeChecked();
    expect(screen.queryByLabelText('Paperwork in place')).not.toBeInTheDocument();
  });

  it('asks when the paperwork was in place for a still-birth, in London time', async () => {
    editRequest(aRequest({ typeCode: 'still-birth', paperworkReadyAt: '2026-07-06T08:45:00.000Z' }), async () => ({ data: aRequest() }));

    expect(await screen.findByLabelText('Paperwork in place')).toHaveValue('2026-07-06T09:45');
    expect(screen.getByLabelText('Date of birth')).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: 'Referred to the coroner' })).not.toBeInTheDocument();
  });

  it('sends only what the server takes: the date of death, the coroner referral and the paperwork time', async () => {
    const server = editRequest(noDateOfDeath, async ({ data }) => ({ data: { ...noDateOfDeath, ...data } as RequestResponse }));
    fireEvent.change(await screen.findByLabelText('Date of death'), { target: { value: '2026-07-04' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.update).toHaveBeenCalled());
    expect(server.update.mock.calls[0][1].data).toEqual({ eventDate: '2026-07-04', coronerReferral: false, paperworkReadyAt: null });
  });

  it("shows the server's refusal and keeps what was typed", async () => {
    const refusal = 'eventDate 2026-07-09 is after the request was made (2026-07-06): give the date of the event';
    editRequest(noDateOfDeath, () => Promise.reject(new HttpError(refusal, 400)));
    const dateOfDeath = await screen.findByLabelText('Date of death');
    fireEvent.change(dateOfDeath, { target: { value: '2026-07-09' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(dateOfDeath).toHaveValue('2026-07-09');
  });
});
