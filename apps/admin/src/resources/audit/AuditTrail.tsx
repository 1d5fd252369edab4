import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { CanAccess, List, useTranslate } from 'react-admin';
import { ListEmpty, ListError, LoadingState, quietListErrors } from '../shared/list-states';
import { LIST_PAGE_SIZE } from '../shared/ResourceList';
import { AuditEntries } from './AuditEntries';

interface AuditTrailProps {
  /** The audited record's kind, as the server records it: `appointment`, `request`, `session`… */
  readonly entity: string;
  readonly entityId: string;
}

/**
 * One record's audit trail, oldest change first, for those who may read the audit (managers and
 * admins); nothing for anyone else. `<AuditTrail entity="appointment" entityId={id} />`
 */
export function AuditTrail({ entity, entityId }: AuditTrailProps) {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <CanAccess resource="audit" action="list">
      <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
        <Typography id={headingId} component="h2" variant="h6" sx={{ px: 2 }}>
          {translate('regflow.lists.audit.trail_title')}
        </Typography>
        <List
          resource="audit"
          filter={{ entity, entityId }}
          sort={{ field: 'at', order: 'ASC' }}
          perPage={LIST_PAGE_SIZE}
          disableSyncWithLocation
          storeKey={false}
          title={false}
          actions={false}
          exporter={false}
          empty={<ListEmpty />}
          error={<ListError />}
          loading={<LoadingState />}
          queryOptions={quietListErrors}
        >
          <AuditEntries showRecord={false} />
        </List>
      </Box>
    </CanAccess>
  );
}
