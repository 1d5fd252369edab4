import { Button } from '@mui/material';
import type { SessionResponse } from '@regflow/contracts';
import { useTranslate } from 'react-admin';
import { formatCivilDay } from '../dates/london';
import { SessionFormFields, SessionFormValues, toSaveSessionRequest, validateWallClockRange } from '../resources/sessions';
import { ConfirmDeleteButton, DiaryFormDialog, FormValues } from './DiaryFormDialog';
import { useDiaryRecord } from './use-diary-record';

const KEY = 'regflow.diary.session';
const MESSAGES = { created: `${KEY}.opened`, changed: `${KEY}.changed`, deleted: `${KEY}.deleted` };

interface SessionDialogProps {
  /** The session to change; absent, a new one. */
  readonly session?: SessionResponse;
  /** A new session's starting values (the selected day and hours, whose diary). */
  readonly defaults?: SessionFormValues;
  readonly chooseRegistrar: boolean;
  readonly onClose: () => void;
  readonly onBlockTime?: (session: SessionResponse) => void;
}

/** Opens, changes or deletes a session; the server's refusal (a bank holiday, an overlap, booked appointments) shows in the dialog. */
export function SessionDialog({ session, defaults = {}, chooseRegistrar, onClose, onBlockTime }: SessionDialogProps) {
  const translate = useTranslate();
  const { refusal, save, destroy } = useDiaryRecord('sessions', session, MESSAGES, onClose);
  const title = session
    ? translate(`${KEY}.edit_title`, { day: formatCivilDay(session.day), from: session.startTime, to: session.endTime })
    : translate(`${KEY}.new_title`);

  return (
    <DiaryFormDialog
      title={title}
      record={session ?? defaults}
      validate={validateWallClockRange}
      onSubmit={(values: FormValues) => save(toSaveSessionRequest(values as SessionFormValues))}
      onClose={onClose}
      refusal={refusal}
      actions={
        session && (
          <>
            <ConfirmDeleteButton
              label={`${KEY}.delete`}
              title={`${KEY}.delete_title`}
              content={`${KEY}.delete_content`}
              onConfirm={() => destroy(session)}
            />
            {onBlockTime && <Button onClick={() => onBlockTime(session)}>{translate(`${KEY}.block_time`)}</Button>}
          </>
        )
      }
    >
      <SessionFormFields chooseRegistrar={chooseRegistrar} />
    </DiaryFormDialog>
  );
}
