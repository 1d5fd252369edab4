import EventIcon from '@mui/icons-material/Event';
import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';

/** `<Resource name="appointments" {...appointments} />`: booking by phone is its own page, not a create view. */
export const appointments = {
  list: AppointmentList,
  show: AppointmentShow,
  icon: EventIcon,
  recordRepresentation: 'reference',
};
