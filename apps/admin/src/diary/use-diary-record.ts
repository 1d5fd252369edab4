import { useCallback, useState } from 'react';
import { RaRecord, useCreate, useDelete, useNotify, useRefresh, useUpdate } from 'react-admin';

interface DiaryRecordMessages {
  readonly created: string;
  readonly changed: string;
  readonly deleted: string;
}

/**
 * Creates, changes or deletes a session or blocked time, waiting for the server. On success it says
 * so, reloads the diary and closes the dialog; a refusal (it says why and what to do) is kept for
 * the dialog to show, and the dialog stays open with what was typed.
 */
export function useDiaryRecord<RecordType extends RaRecord>(
  resource: 'sessions' | 'blocks',
  existing: RecordType | undefined,
  messages: DiaryRecordMessages,
  onClose: () => void,
) {
  const [create] = useCreate();
  const [update] = useUpdate();
  const [remove] = useDelete();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<string | null>(null);

  const attempt = useCallback(
    async (action: () => Promise<unknown>, message: string) => {
      setRefusal(null);
      try {
        await action();
      } catch (error) {
        setRefusal(error instanceof Error ? error.message : String(error));
        return;
      }
      notify(message, { type: 'success' });
      refresh();
      onClose();
    },
    [notify, onClose, refresh],
  );

  const save = (data: object) =>
    existing
      ? attempt(() => update(resource, { id: existing.id, data, previousData: existing }, { mutationMode: 'pessimistic', returnPromise: true }), messages.changed)
      : attempt(() => create(resource, { data }, { returnPromise: true }), messages.created);

  const destroy = (record: RecordType) =>
    attempt(() => remove(resource, { id: record.id, previousData: record }, { mutationMode: 'pessimistic', returnPromise: true }), messages.deleted);

  return { refusal, save, destroy };
}
