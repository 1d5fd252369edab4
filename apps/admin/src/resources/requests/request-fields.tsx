import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import type { RequestResponse } from '@regflow/contracts';
import { Stack } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

interface RequestFieldProps {
  readonly source: string;
  readonly label?: string;
  readonly sortable?: boolean;
}

/** Whether the first offer was within target: Yes or No in words, with a mark beside it. */
export function WithinTargetField(_: RequestFieldProps) {
  const translate = useTranslate();
  const request = useRecordContext<RequestResponse>();
  if (!request) return null;
  const within = request.offeredWithinTarget;
  return (
    <Stack direction="row" spacing={0.5} alignItems="center" component="span">
      {within ? <CheckIcon fontSize="small" color="success" aria-hidden /> : <CloseIcon fontSize="small" color="error" aria-hidden />}
      <span>{translate(within ? 'regflow.lists.yes' : 'regflow.lists.no')}</span>
    </Stack>
  );
}

/** The appointment's reference, a link to it (not a click on the row, which opens the request); "Not booked" when there is none. */
export function AppointmentLinkField(_: RequestFieldProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const request = useRecordContext<RequestResponse>();
  if (!request) return null;
  if (!request.appointmentId) return <span>{translate('regflow.lists.requests.not_booked')}</span>;
  return (
    <Link to={createPath({ resource: 'appointments', type: 'show', id: request.appointmentId })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {request.reference ?? request.appointmentId}
    </Link>
  );
}

/** Flags a death whose date is not recorded yet, to follow up. */
export function DateOfDeathMissingField(_: RequestFieldProps) {
  const translate = useTranslate();
  const request = useRecordContext<RequestResponse>();
  return request?.eventDateMissing ? <strong>{translate('regflow.lists.requests.date_of_death_missing')}</strong> : null;
}
