import DoneIcon from '@mui/icons-material/Done';
import type { AlertResponse, UpdateAlertRequest } from '@regflow/contracts';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useNotifyRefusal } from '../shared/use-notify-refusal';

type ResolvableAlert = AlertResponse & Partial<UpdateAlertRequest>;

/** Marks an open alert dealt with (`PUT /api/alerts/:id {resolved: true}`). */
export function ResolveButton(_: { readonly label?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const refresh = useRefresh();
  const alert = useRecordContext<ResolvableAlert>();
  const [update, { isPending }] = useUpdate<ResolvableAlert>();
  const { canAccess } = useCanAccess({ resource: 'alerts', action: 'edit' });
  if (!alert || alert.resolvedAt || !canAccess) return null;

  const resolve = () =>
    update(
      'alerts',
      { id: alert.id, data: { resolved: true }, previousData: alert },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('regflow.lists.alerts.resolved', { type: 'success' });
          refresh();
        },
        onError: notifyRefusal,
      },
    );

  return (
    <Button
      label="regflow.lists.alerts.resolve"
      aria-label={translate('regflow.lists.alerts.resolve_this', { summary: alert.summary })}
      onClick={(event) => {
        event.stopPropagation();
        void resolve();
      }}
      disabled={isPending}
      startIcon={<DoneIcon />}
    />
  );
}
