import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { ReactNode, useId, useState } from 'react';
import { Confirm, Form, RaRecord, SaveButton, useTranslate } from 'react-admin';

export type FormValues = Record<string, unknown>;

const KEY = 'regflow.diary';

interface DiaryFormDialogProps {
  readonly title: string;
  readonly record: Partial<RaRecord>;
  readonly validate?: (values: FormValues) => Record<string, string>;
  readonly onSubmit: (values: FormValues) => Promise<void>;
  readonly onClose: () => void;
  /** The server's refusal of the last attempt. */
  readonly refusal: string | null;
  /** Buttons before Cancel and Save (delete, block time). */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A diary form in a dialog: the server's refusal at the top, Save and Cancel at the bottom. */
export function DiaryFormDialog({ title, record, validate, onSubmit, onClose, refusal, actions, children }: DiaryFormDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form record={record} onSubmit={onSubmit} validate={validate}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {refusal && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate(`${KEY}.form.refused`, { reason: refusal })}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          {actions}
          <Button onClick={onClose}>{translate(`${KEY}.form.cancel`)}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

interface ConfirmDeleteButtonProps {
  readonly label: string;
  readonly title: string;
  readonly content: string;
  readonly onConfirm: () => Promise<void>;
}

/** A delete that asks first. */
export function ConfirmDeleteButton({ label, title, content, onConfirm }: ConfirmDeleteButtonProps) {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const confirm = async () => {
    setDeleting(true);
    await onConfirm();
    setDeleting(false);
    setAsking(false);
  };
  return (
    <>
      <Button color="error" onClick={() => setAsking(true)} sx={{ mr: 'auto' }}>
        {translate(label)}
      </Button>
      <Confirm isOpen={asking} loading={deleting} title={title} content={content} onConfirm={confirm} onClose={() => setAsking(false)} />
    </>
  );
}
