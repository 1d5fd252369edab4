import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, Notification } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { listsServer } from '../../test/fake-server';
import { aMessage } from '../shared/lists.fixtures';
import { MessageList } from './MessageList';

const failed = aMessage({
  id: 'message-2',
  kind: 'reminder',
  channel: 'sms',
  recipient: '07700 900123',
  status: 'gave-up',
  attempts: 5,
  lastError: 'the number is not a mobile number',
  sentAt: null,
});
const waiting = aMessage({ id: 'message-3', kind: 'satisfaction', status: 'queued', attempts: 0, sentAt: null });

function renderMessages(resendMessage: (id: string) => Promise<unknown>, messages = [failed, aMessage(), waiting]) {
  const server = { ...listsServer({ messages }), resendMessage: vi.fn(resendMessage) };
  renderInAdmin(
    <>
      <MessageList />
      <Notification />
    </>,
    { dataProvider: server },
  );
  return server;
}

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;

describe(MessageList.name, () => {
  it('says it is loading while the first page is on its way', async () => {
    renderInAdmin(<MessageList />, { dataProvider: listsServer({ messages: () => new Promise(() => undefined) }) });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  });

  it('asks for the messages that failed or gave up first', async () => {
    const server = renderMessages(async () => failed);

    await rowOf('07700 900123');

    expect(server.getList).toHaveBeenCalledWith('messages', expect.objectContaining({ sort: { field: 'attention', order: 'ASC' } }));
  });

  it('shows each message in words, with what went wrong', async () => {
    renderMessages(async () => failed);

    const cells = within(await rowOf('07700 900123'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);

    expect(cells).toEqual(['Mon 6 Jul 2026, 09:31', 'Reminder', 'Resident', 'Text message', '07700 900123', 'Gave up', '5', 'the number is not a mobile number', 'Resend']);
  });

  it('offers to resend a message that gave up or was sent, but not one still waiting to go', async () => {
    renderMessages(async () => failed);

    expect(within(await rowOf('07700 900123')).getByRole('button', { name: 'Resend the Reminder message to 07700 900123' })).toBeInTheDocument();
    expect(within(await rowOf('Sent')).getByRole('button', { name: /^Resend/ })).toBeInTheDocument();
    expect(within(await rowOf('Waiting to send')).queryByRole('button', { name: /^Resend/ })).not.toBeInTheDocument();
  });

  it('resends, says so, and shows the list again as the server has it', async () => {
    const server = renderMessages(async () => ({ ...failed, status: 'queued' }));
    const row = await rowOf('07700 900123');
    const listsAsked = server.getList.mock.calls.length;

    fireEvent.click(within(row).getByRole('button', { name: /^Resend/ }));

    expect(await screen.findByText('The message to 07700 900123 will be sent again in a moment.')).toBeInTheDocument();
    expect(server.resendMessage).toHaveBeenCalledWith('message-2');
    await waitFor(() => expect(server.getList.mock.calls.length).toBeGreaterThan(listsAsked));
  });

  it("shows the server's refusal to resend", async () => {
    const refusal = 'this message was cancelled by a change to its appointment: it cannot be sent again';
    renderMessages(() => Promise.reject(new HttpError(refusal, 409, { code: 'message-not-resendable' })));

    fireEvent.click(within(await rowOf('07700 900123')).getByRole('button', { name: /^Resend/ }));

    expect(await screen.findByText(refusal)).toBeInTheDocument();
  });

  it('says when nothing has been sent yet', async () => {
    renderMessages(async () => failed, []);

    expect(await screen.findByText('No messages have been sent yet.')).toBeInTheDocument();
  });
});
