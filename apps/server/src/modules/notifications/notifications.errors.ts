import { NotificationsErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<NotificationsErrorCode>();

export const notificationErrors = {
  messageNotFound: (id: string) => error('message-not-found', `there is no message ${id}`),
  alertNotFound: (id: string) => error('alert-not-found', `there is no alert ${id}`),
  notResendable: (status: string) =>
    error(
      'message-not-resendable',
      status === 'queued'
        ? 'this message is still waiting to be sent: it cannot be sent again until it has gone or failed'
        : 'this message was cancelled because the appointment changed after it was planned: it would no longer be true, so it cannot be sent again',
    ),
};
