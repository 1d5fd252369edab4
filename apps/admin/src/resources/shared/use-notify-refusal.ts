import { useCallback } from 'react';
import { useNotify } from 'react-admin';

/** Shows the server's refusal in its own words (they say what to do), or react-admin's notice when it gave none. */
export function useNotifyRefusal(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : '';
      notify(reason || 'ra.notification.http_error', { type: 'error', messageArgs: { _: reason } });
    },
    [notify],
  );
}
