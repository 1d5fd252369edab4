import type { AuditEntryResponse } from '@regflow/contracts';
import { DateInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { londonDayEnd, londonDayOf, londonDayStart } from '../../dates/london';
import { ResourceList } from '../shared/ResourceList';
import { ACTION_CHOICES, ACTOR_KIND_CHOICES, ENTITY_CHOICES } from './audit-choices';
import { AuditEntries } from './AuditEntries';
import { auditCsv } from './audit-csv';

/** A date field over an instant filter: shows the London day, sends the day's first or last instant. */
const dayOf = (instant: string | null | undefined) => (instant ? londonDayOf(instant) : '');
const fromDay = (day: string | null) => (day ? londonDayStart(day) : null);
const toDay = (day: string | null) => (day ? londonDayEnd(day) : null);

const auditFilters = [
  <SelectInput key="entity" source="entity" choices={ENTITY_CHOICES} alwaysOn />,
  <TextInput key="entityId" source="entityId" alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="staff" sort={{ field: 'name', order: 'ASC' }} perPage={200} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="actorKind" source="actorKind" choices={ACTOR_KIND_CHOICES} alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTION_CHOICES} alwaysOn />,
  <DateInput key="at_gte" source="at_gte" format={dayOf} parse={fromDay} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" format={dayOf} parse={toDay} alwaysOn />,
];

/** Who changed what, and when, newest first: managers and admins. */
export function AuditList() {
  return (
    <ResourceList<AuditEntryResponse>
      resource="audit"
      title="regflow.lists.audit.title"
      filters={auditFilters}
      sort={{ field: 'at', order: 'DESC' }}
      csv={auditCsv}
    >
      <AuditEntries />
    </ResourceList>
  );
}
