import SendIcon from '@mui/icons-material/Send';
import { RESENDABLE_MESSAGE_STATUSES } from '@regflow/contracts';
import type { MessageResponse } from '@regflow/contracts';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { RegflowDataProvider } from '../../data-provider';
import { useNotifyRefusal } from '../shared/use-notify-refusal';
import { KIND_MESSAGES } from './message-choices';

/** Sends a failed, given-up or sent message again; the server's refusal is shown as it says it. */
export function ResendButton(_: { readonly label?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const message = useRecordContext<MessageResponse>();
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'resend' });
  const [sending, setSending] = useState(false);
  if (!message || !canAccess || !RESENDABLE_MESSAGE_STATUSES.includes(message.status)) return null;

  async function resend(id: string) {
    setSending(true);
    try {
      await dataProvider.resendMessage(id);
      notify('regflow.lists.messages.resent', { type: 'success', messageArgs: { recipient: message?.recipient } });
      refresh();
    } catch (error) {
      notifyRefusal(error);
    } finally {
      setSending(false);
    }
  }

  const kind = translate(`${KIND_MESSAGES}.${message.kind}`, { _: message.kind });
  return (
    <Button
      label="regflow.lists.messages.resend"
      aria-label={translate('regflow.lists.messages.resend_to', { kind, recipient: message.recipient })}
      onClick={(event) => {
        event.stopPropagation();
        void resend(String(message.id));
      }}
      disabled={sending}
      startIcon={<SendIcon />}
    />
  );
}
