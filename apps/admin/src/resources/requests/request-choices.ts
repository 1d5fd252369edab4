import { choicesOf } from '../shared/choices';

export const CHANNEL_MESSAGES = 'regflow.lists.requests.channels';
export const CHANNEL_CHOICES = choicesOf(['online', 'phone', 'walk-in'], CHANNEL_MESSAGES);
