import type { AlertResponse } from '@regflow/contracts';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LondonDate } from '../../dates/LondonDate';

interface AlertFieldProps {
  readonly source: string;
  readonly label?: string;
  readonly sortable?: boolean;
}

/** Open, or when and by whom it was resolved. */
export function ResolvedField(_: AlertFieldProps) {
  const translate = useTranslate();
  const alert = useRecordContext<AlertResponse>();
  if (!alert) return null;
  if (!alert.resolvedAt) return <strong>{translate('regflow.lists.alerts.open')}</strong>;
  return (
    <span>
      <LondonDate value={alert.resolvedAt} />
      {alert.resolvedBy ? (
        <>
          {' '}
          {translate('regflow.lists.alerts.resolved_by')}{' '}
          <ReferenceField source="resolvedBy" reference="staff" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </>
      ) : null}
    </span>
  );
}
