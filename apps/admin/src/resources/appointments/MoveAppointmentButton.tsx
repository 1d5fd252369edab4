import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Button } from '@mui/material';
import type { AppointmentResponse } from '@regflow/contracts';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { MoveAppointmentDialog } from './MoveAppointmentDialog';

/**
 * "Move to another time", for a booked appointment and those who may change appointments. Whose
 * diary it is stays the server's rule: the dialog shows its refusal.
 */
export function MoveAppointmentButton() {
  const translate = useTranslate();
  const appointment = useRecordContext<AppointmentResponse>();
  const { canAccess } = useCanAccess({ resource: 'appointments', action: 'edit' });
  const [open, setOpen] = useState(false);
  if (!appointment || appointment.status !== 'booked' || !canAccess) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<EventRepeatIcon />} onClick={() => setOpen(true)}>
        {translate('regflow.lists.appointments.move.button')}
      </Button>
      {open && <MoveAppointmentDialog appointment={appointment} onClose={() => setOpen(false)} />}
    </>
  );
}
