import type { MessageResponse } from '@regflow/contracts';
import { NumberField, SelectInput, TextField } from 'react-admin';
import { LondonDateField } from '../../dates/LondonDate';
import { TranslatedField } from '../shared/choices';
import { ResourceDatagrid, ResourceList } from '../shared/ResourceList';
import { AUDIENCE_CHOICES, AUDIENCE_MESSAGES, CHANNEL_MESSAGES, KIND_CHOICES, KIND_MESSAGES, STATUS_CHOICES, STATUS_MESSAGES } from './message-choices';
import { messageCsv } from './message-csv';
import { ResendButton } from './ResendButton';

const messageFilters = [
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
  <SelectInput key="audience" source="audience" choices={AUDIENCE_CHOICES} alwaysOn />,
];

/** Every message to residents and staff, those that failed or gave up first, each with a way to send it again. */
export function MessageList() {
  return (
    <ResourceList<MessageResponse>
      resource="messages"
      title="regflow.lists.messages.title"
      filters={messageFilters}
      sort={{ field: 'attention', order: 'ASC' }}
      csv={messageCsv}
    >
      <ResourceDatagrid rowClick={false} wideOnly={['audience', 'channel', 'attempts']}>
        <LondonDateField source="dueAt" />
        <TranslatedField source="kind" messages={KIND_MESSAGES} />
        <TranslatedField source="audience" messages={AUDIENCE_MESSAGES} sortable={false} />
        <TranslatedField source="channel" messages={CHANNEL_MESSAGES} sortable={false} />
        <TextField source="recipient" sortable={false} />
        <TranslatedField source="status" messages={STATUS_MESSAGES} />
        <NumberField source="attempts" sortable={false} />
        <TextField source="lastError" sortable={false} emptyText="" />
        <ResendButton label="regflow.lists.actions" />
      </ResourceDatagrid>
    </ResourceList>
  );
}
