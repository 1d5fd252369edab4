import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { AlertList } from './AlertList';

/** `<Resource name="alerts" {...alerts} />`: the day-4 death warnings are alerts of kind `death-not-registered`. */
export const alerts = {
  list: AlertList,
  icon: NotificationsActiveIcon,
  recordRepresentation: 'summary',
};
