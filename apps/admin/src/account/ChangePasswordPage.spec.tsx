import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpError, Notification } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { renderInAdmin } from '../test/render-in-admin';
import { ChangePasswordPage } from './ChangePasswordPage';

const CURRENT = 'heron-maple-quartz-42';
const NEXT = 'otter-lantern-basalt-17';

function renderPage(changePassword: (current: string, next: string) => Promise<void>) {
  const server = { changePassword: vi.fn(changePassword) };
  renderInAdmin(
    <>
      <ChangePasswordPage />
      <Notification />
    </>,
    { dataProvider: server },
  );
  return server;
}

const field = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });

async function submit(current: string, next: string, repeat: string) {
  await screen.findByRole('heading', { level: 1, name: 'Change my password' });
  if (current) fireEvent.change(field(/^Current password/), { target: { value: current } });
  if (next) fireEvent.change(field(/^New password/), { target: { value: next } });
  if (repeat) fireEvent.change(field(/^Enter the new password again/), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe(ChangePasswordPage.name, () => {
  it('asks for each password that is missing, and sends nothing', async () => {
    const server = renderPage(async () => undefined);

    await submit('', '', '');

    expect(await screen.findByText('Enter your current password')).toBeInTheDocument();
    expect(screen.getByText('Enter a new password')).toBeInTheDocument();
    expect(screen.getByText('Enter your new password again')).toBeInTheDocument();
    expect(server.changePassword).not.toHaveBeenCalled();
  });

  it.each([
    ['too short', 'eleven-char', 'Your new password must be 12 characters or more'],
    ['too long', 'x'.repeat(201), 'Your new password must be 200 characters or fewer'],
  ])('says when the new password is %s', async (_, next, message) => {
    const server = renderPage(async () => undefined);

    await submit(CURRENT, next, next);

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(server.changePassword).not.toHaveBeenCalled();
  });

  it('says when the two new passwords differ', async () => {
    const server = renderPage(async () => undefined);

    await submit(CURRENT, NEXT, `${NEXT}!`);

    expect(await screen.findByText('The two new passwords do not match. Enter the same new password twice')).toBeInTheDocument();
    expect(server.changePassword).not.toHaveBeenCalled();
  });

  it('changes the password, says so and empties the form', async () => {
    const server = renderPage(async () => undefined);

    await submit(CURRENT, NEXT, NEXT);

    expect(await screen.findAllByText('Your password has been changed.')).not.toHaveLength(0);
    expect(server.changePassword).toHaveBeenCalledWith(CURRENT, NEXT);
    await waitFor(() => expect(field(/^Current password/)).toHaveValue(''));
    expect(field(/^New password/)).toHaveValue('');
  });

  it('says so beside the field when the current password is wrong', async () => {
    renderPage(() =>
      Promise.reject(
        new HttpError('currentPassword is not your password: give the one you signed in with', 403, {
          statusCode: 403,
          code: 'wrong-current-password',
          message: 'currentPassword is not your password: give the one you signed in with',
        }),
      ),
    );

    await submit('not-my-password', NEXT, NEXT);

    expect(await screen.findByText('Your current password is not right. Enter the password you signed in with')).toBeInTheDocument();
    expect(screen.queryByText('Your password has been changed.')).not.toBeInTheDocument();
  });

  it("shows any other refusal in the server's words", async () => {
    renderPage(() => Promise.reject(new HttpError('newPassword must be 12 to 200 characters', 400, { code: 'invalid-request' })));

    await submit(CURRENT, NEXT, NEXT);

    expect(await screen.findByRole('alert')).toHaveTextContent('Your password has not been changed: newPassword must be 12 to 200 characters');
  });
});
