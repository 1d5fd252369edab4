import { APPOINTMENT_MODES, APPOINTMENT_STATUSES } from '@regflow/contracts';
import { choicesOf } from '../shared/choices';

export const STATUS_MESSAGES = 'regflow.lists.appointments.statuses';
export const MODE_MESSAGES = 'regflow.lists.appointments.modes';

export const STATUS_CHOICES = choicesOf(APPOINTMENT_STATUSES, STATUS_MESSAGES);
export const MODE_CHOICES = choicesOf(APPOINTMENT_MODES, MODE_MESSAGES);

export const BY_NAME = { field: 'name', order: 'ASC' } as const;
