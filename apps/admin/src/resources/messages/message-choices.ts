import { MESSAGE_STATUSES } from '@regflow/contracts';
import { choicesOf } from '../shared/choices';

export const STATUS_MESSAGES = 'regflow.lists.messages.statuses';
export const KIND_MESSAGES = 'regflow.lists.messages.kinds';
export const AUDIENCE_MESSAGES = 'regflow.lists.messages.audiences';
export const CHANNEL_MESSAGES = 'regflow.lists.messages.channels';

/** The kinds of message the server sends (`kind`): to residents, and to staff. */
const KINDS = [
  'confirmation',
  'reminder',
  'rescheduled',
  'cancelled',
  'satisfaction',
  'death-not-registered',
  'birth-approaching-limit',
  'notice-period-ended',
  'notice-expiring',
  'offer-deadline-near',
  'capacity',
  'diary-digest',
] as const;

export const STATUS_CHOICES = choicesOf(MESSAGE_STATUSES, STATUS_MESSAGES);
export const KIND_CHOICES = choicesOf(KINDS, KIND_MESSAGES);
export const AUDIENCE_CHOICES = choicesOf(['resident', 'staff'], AUDIENCE_MESSAGES);
