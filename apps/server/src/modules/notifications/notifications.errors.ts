import { NotificationsErrorCode } from '@regflow/contracts';
import { appErrorFor } from '../../common/errors/app-error';

const error = appErrorFor<NotificationsErrorCode>();

export const notificationErrors = {
  messageNotFound: (id: string) => error('message-not-found', `there is no message ${id}`),
  alertNotFound: (id: string) => error('alert-not-found', `there is no alert ${id}`),
};
