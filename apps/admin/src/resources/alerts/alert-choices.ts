import { choicesOf } from '../shared/choices';

export const KIND_MESSAGES = 'regflow.lists.alerts.kinds';

/** What the server raises alerts about (`kind`): `death-not-registered` is the day-4 warning. */
const KINDS = ['death-not-registered', 'birth-approaching-limit', 'notice-period-ended', 'notice-expiring', 'offer-deadline-near', 'capacity', 'delivery-failed'] as const;

export const KIND_CHOICES = choicesOf(KINDS, KIND_MESSAGES);
