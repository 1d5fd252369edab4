import type { MessageResponse } from '@regflow/contracts';
import type { CsvExport } from '../shared/csv-export';
import { londonWallClock } from '../../dates/london';
import { AUDIENCE_MESSAGES, CHANNEL_MESSAGES, KIND_MESSAGES, STATUS_MESSAGES } from './message-choices';

const FIELDS = 'resources.messages.fields';
const CSV = 'regflow.lists.messages.csv';

/** The messages as the list shows them, without the recipient's address or number and without the text. */
export const messageCsv: CsvExport<MessageResponse> = {
  fileName: 'messages',
  columns: [
    { header: `${CSV}.due_at`, value: (message) => message.dueAt },
    { header: `${CSV}.due_london`, value: (message) => londonWallClock(message.dueAt) },
    { header: `${FIELDS}.kind`, value: (message, { translate }) => translate(`${KIND_MESSAGES}.${message.kind}`) },
    { header: `${FIELDS}.audience`, value: (message, { translate }) => translate(`${AUDIENCE_MESSAGES}.${message.audience}`) },
    { header: `${FIELDS}.channel`, value: (message, { translate }) => translate(`${CHANNEL_MESSAGES}.${message.channel}`) },
    { header: `${FIELDS}.status`, value: (message, { translate }) => translate(`${STATUS_MESSAGES}.${message.status}`) },
    { header: `${FIELDS}.attempts`, value: (message) => message.attempts },
    { header: `${FIELDS}.lastError`, value: (message) => message.lastError },
    { header: `${CSV}.sent_at`, value: (message) => message.sentAt },
  ],
};
