import type { BlockResponse, SessionResponse } from '@regflow/contracts';
import { useTranslate } from 'react-admin';
import { formatCivilDay } from '../dates/london';
import { BlockFormFields, BlockFormValues, toSaveBlockRequest } from '../resources/blocks';
import { validateWallClockRange } from '../resources/sessions';
import { ConfirmDeleteButton, DiaryFormDialog, FormValues } from './DiaryFormDialog';
import { useDiaryRecord } from './use-diary-record';

const KEY = 'regflow.diary.block';
const MESSAGES = { created: `${KEY}.added`, changed: `${KEY}.changed`, deleted: `${KEY}.deleted` };

interface BlockDialogProps {
  /** The session the time is blocked in. */
  readonly session: SessionResponse;
  /** The blocked time to change; absent, new blocked time. */
  readonly block?: BlockResponse;
  /** New blocked time's starting hours (the selected range). */
  readonly defaults?: Pick<BlockFormValues, 'startTime' | 'endTime'>;
  readonly onClose: () => void;
}

/** Blocks time inside a session (leave, training), changes it or frees it; the server's refusal shows in the dialog. */
export function BlockDialog({ session, block, defaults = {}, onClose }: BlockDialogProps) {
  const translate = useTranslate();
  const { refusal, save, destroy } = useDiaryRecord('blocks', block, MESSAGES, onClose);
  const title = block
    ? translate(`${KEY}.edit_title`, { day: formatCivilDay(block.day), from: block.startTime, to: block.endTime })
    : translate(`${KEY}.new_title`, { day: formatCivilDay(session.day), from: session.startTime, to: session.endTime });

  return (
    <DiaryFormDialog
      title={title}
      record={block ?? { sessionId: session.id, ...defaults }}
      validate={validateWallClockRange}
      onSubmit={(values: FormValues) => save(toSaveBlockRequest({ ...(values as BlockFormValues), sessionId: session.id }))}
      onClose={onClose}
      refusal={refusal}
      actions={
        block && <ConfirmDeleteButton label={`${KEY}.delete`} title={`${KEY}.delete_title`} content={`${KEY}.delete_content`} onConfirm={() => destroy(block)} />
      }
    >
      <BlockFormFields />
    </DiaryFormDialog>
  );
}
