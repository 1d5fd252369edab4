import { LondonDateField } from '../../dates/LondonDate';
import { TranslatedField } from '../shared/choices';
import { ResourceDatagrid } from '../shared/ResourceList';
import { ACTION_MESSAGES, ENTITY_MESSAGES } from './audit-choices';
import { ActorField, AuditedRecordField, ChangesField } from './audit-fields';

interface AuditEntriesProps {
  /** Whether to say which record each entry is about: not in one record's own trail. */
  readonly showRecord?: boolean;
}

/** Audit entries as a table: when, who, which record, what they did and what changed. */
export function AuditEntries({ showRecord = true }: AuditEntriesProps) {
  return (
    <ResourceDatagrid rowClick={false} wideOnly={['entityId']}>
      <LondonDateField source="at" />
      <ActorField source="actorId" sortable={false} />
      {showRecord ? <TranslatedField source="entity" messages={ENTITY_MESSAGES} /> : null}
      {showRecord ? <AuditedRecordField source="entityId" sortable={false} /> : null}
      <TranslatedField source="action" messages={ACTION_MESSAGES} />
      <ChangesField source="changes" sortable={false} />
    </ResourceDatagrid>
  );
}
