import type { AuditEntryResponse } from '@regflow/contracts';
import { Box, Typography } from '@mui/material';
import { Link, ReferenceField, TextField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { LondonDate } from '../../dates/LondonDate';
import { ACTOR_KIND_MESSAGES, SCREENS_OF_ENTITIES } from './audit-choices';

interface AuditFieldProps {
  readonly source: string;
  readonly label?: string;
  readonly sortable?: boolean;
}

/** Who made the change: a member of staff by name, or a resident or regflow itself. */
export function ActorField(_: AuditFieldProps) {
  const translate = useTranslate();
  const entry = useRecordContext<AuditEntryResponse>();
  if (!entry) return null;
  if (entry.actorKind === 'staff' && entry.actorId) {
    return (
      <ReferenceField source="actorId" reference="staff" link={false}>
        <TextField source="name" />
      </ReferenceField>
    );
  }
  return <span>{translate(`${ACTOR_KIND_MESSAGES}.${entry.actorKind}`)}</span>;
}

/** The changed record's id, a link to its screen where it has one. */
export function AuditedRecordField(_: AuditFieldProps) {
  const createPath = useCreatePath();
  const entry = useRecordContext<AuditEntryResponse>();
  if (!entry) return null;
  const screen = SCREENS_OF_ENTITIES[entry.entity];
  if (!screen) return <span>{entry.entityId}</span>;
  return (
    <Link to={createPath({ ...screen, id: entry.entityId })}>
      {entry.entityId}
    </Link>
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function ChangedValue({ value }: { readonly value: unknown }) {
  const translate = useTranslate();
  if (value === null || value === undefined) return <>{translate('regflow.lists.audit.no_value')}</>;
  if (typeof value === 'string') return INSTANT.test(value) ? <LondonDate value={value} /> : <>{value}</>;
  return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
}

/** What changed, field by field. */
export function ChangesField(_: AuditFieldProps) {
  const translate = useTranslate();
  const changes = Object.entries(useRecordContext<AuditEntryResponse>()?.changes ?? {});
  if (changes.length === 0) return null;
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1 }}>
      {changes.map(([field, value]) => (
        <Typography key={field} component="div" variant="body2" sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 'bold' }}>
            {translate(`regflow.lists.audit.changed_fields.${field}`, { _: field })}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            <ChangedValue value={value} />
          </Box>
        </Typography>
      ))}
    </Box>
  );
}
