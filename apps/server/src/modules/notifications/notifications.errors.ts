import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';

export const notificationErrors = {
  messageNotFound: (id: string) => new AppError('message-not-found', HttpStatus.NOT_FOUND, `there is no message ${id}`),
  alertNotFound: (id: string) => new AppError('alert-not-found', HttpStatus.NOT_FOUND, `there is no alert ${id}`),
};
