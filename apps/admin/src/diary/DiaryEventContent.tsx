import PersonIcon from '@mui/icons-material/Person';
import PhoneIcon from '@mui/icons-material/Phone';
import { Box } from '@mui/material';
import type { AppointmentMode } from '@regflow/contracts';
import type { EventProps } from 'react-big-calendar';
import { useTranslate } from 'react-admin';
import { STATUS_MESSAGES } from '../resources/appointments/appointment-choices';
import { visuallyHidden } from '../visually-hidden';
import type { AppointmentEvent, BlockEvent, DiaryEvent, SessionEvent } from './diary-events';

const KEY = 'regflow.diary';

/** Telephone and face to face differ by shape, not only by colour. */
export function ModeIcon({ mode }: { readonly mode: AppointmentMode }) {
  const Icon = mode === 'telephone' ? PhoneIcon : PersonIcon;
  return <Icon aria-hidden fontSize="inherit" sx={{ verticalAlign: 'text-bottom', mr: 0.5 }} />;
}

/** What an event says; react-big-calendar puts its hours before it, and both make its accessible name. */
export function DiaryEventContent({ event }: EventProps<DiaryEvent>) {
  switch (event.kind) {
    case 'appointment':
      return <AppointmentContent event={event} />;
    case 'block':
      return <BlockContent event={event} />;
    case 'session':
      return <SessionContent event={event} />;
  }
}

function AppointmentContent({ event: { appointment } }: { readonly event: AppointmentEvent }) {
  const translate = useTranslate();
  return (
    <span data-appointment-id={appointment.id}>
      <ModeIcon mode={appointment.mode} />
      {translate(`${KEY}.types.${appointment.type}`)} · {appointment.reference}
      <Box component="span" sx={visuallyHidden}>
        , {translate(`${KEY}.modes.${appointment.mode}`)}
      </Box>
      {appointment.status !== 'booked' && <>, {translate(`${STATUS_MESSAGES}.${appointment.status}`)}</>}
    </span>
  );
}

function BlockContent({ event: { block } }: { readonly event: BlockEvent }) {
  const translate = useTranslate();
  return <span>{translate(`${KEY}.block.label`, { reason: block.reason })}</span>;
}

function SessionContent({ event }: { readonly event: SessionEvent }) {
  const translate = useTranslate();
  return (
    <span className="diary-session-label">
      <Box component="span" sx={visuallyHidden}>
        {translate(`${KEY}.session.name_prefix`)}
      </Box>{' '}
      {sessionPlace(translate, event)}
    </span>
  );
}

type Translate = ReturnType<typeof useTranslate>;

/** "Worcester" or "Telephone". */
function sessionPlace(translate: Translate, event: Pick<SessionEvent, 'officeName'>): string {
  return event.officeName ?? translate(`${KEY}.session.telephone`);
}

/** The hover text: everything about the event in one line. */
export function eventTooltip(translate: Translate, event: DiaryEvent): string {
  switch (event.kind) {
    case 'appointment': {
      const { appointment } = event;
      return [
        translate(`${KEY}.types.${appointment.type}`),
        appointment.reference,
        appointment.residentName,
        translate(`${KEY}.modes.${appointment.mode}`),
        translate(`${STATUS_MESSAGES}.${appointment.status}`),
      ].join(', ');
    }
    case 'block':
      return translate(`${KEY}.block.label`, { reason: event.block.reason });
    case 'session':
      return translate(`${KEY}.session.tooltip`, {
        place: sessionPlace(translate, event),
        types: event.session.acceptedTypes.map((type) => translate(`${KEY}.types.${type}`)).join(', '),
      });
  }
}
