import type { AuditEntryResponse } from '@regflow/contracts';
import type { CsvExport } from '../shared/csv-export';
import { londonWallClock } from '../../dates/london';
import { ACTION_MESSAGES, ACTOR_KIND_MESSAGES, ENTITY_MESSAGES } from './audit-choices';

const FIELDS = 'resources.audit.fields';
const CSV = 'regflow.lists.audit.csv';

/** The trail as the list shows it: the changes as JSON, as recorded. */
export const auditCsv: CsvExport<AuditEntryResponse> = {
  fileName: 'audit-trail',
  references: { actorId: 'staff' },
  columns: [
    { header: `${CSV}.at`, value: (entry) => entry.at },
    { header: `${CSV}.at_london`, value: (entry) => londonWallClock(entry.at) },
    { header: `${CSV}.actor_kind`, value: (entry, { translate }) => translate(`${ACTOR_KIND_MESSAGES}.${entry.actorKind}`) },
    { header: `${FIELDS}.actorId`, value: (_, { nameOf }) => nameOf('actorId') },
    { header: `${FIELDS}.entity`, value: (entry, { translate }) => translate(`${ENTITY_MESSAGES}.${entry.entity}`) },
    { header: `${FIELDS}.entityId`, value: (entry) => entry.entityId },
    { header: `${FIELDS}.action`, value: (entry, { translate }) => translate(`${ACTION_MESSAGES}.${entry.action}`) },
    { header: `${FIELDS}.changes`, value: (entry) => JSON.stringify(entry.changes) },
  ],
};
