import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import TodayIcon from '@mui/icons-material/Today';
import { ComponentType, createElement } from 'react';
import { Menu as RaMenu, useBasename, useCanAccess } from 'react-admin';
import { alerts } from '../resources/alerts';
import { appointments } from '../resources/appointments';
import { audit } from '../resources/audit';
import { messages } from '../resources/messages';
import { requests } from '../resources/requests';
import { suspensions } from '../resources/suspensions';
import type { AccessAction } from '../auth/access';

interface Destination {
  /** The resource (or the page's pseudo-resource in `access.ts`) whose `list` access shows the item. */
  readonly resource: string;
  /** What the role must be able to do there for the item to show: `list`, or `edit` for settings. */
  readonly action?: AccessAction;
  readonly path: string;
  readonly label: string;
  readonly icon: ComponentType;
}

const MENU = 'regflow.layout.menu';

/** The menu, in the order staff use it: their day first, then the lists. */
const DESTINATIONS: readonly Destination[] = [
  { resource: 'today', path: '/today', label: `${MENU}.today`, icon: TodayIcon },
  { resource: 'diary', path: '/diary', label: `${MENU}.diary`, icon: CalendarMonthIcon },
  { resource: 'book-by-phone', path: '/book', label: `${MENU}.book_by_phone`, icon: PhoneInTalkIcon },
  { resource: 'appointments', path: '/appointments', label: `${MENU}.appointments`, icon: appointments.icon },
  { resource: 'requests', path: '/requests', label: `${MENU}.requests`, icon: requests.icon },
  { resource: 'messages', path: '/messages', label: `${MENU}.messages`, icon: messages.icon },
  { resource: 'alerts', path: '/alerts', label: `${MENU}.alerts`, icon: alerts.icon },
  { resource: 'audit', path: '/audit', label: `${MENU}.audit`, icon: audit.icon },
  { resource: 'suspensions', action: 'edit', path: '/suspensions', label: `${MENU}.suspensions`, icon: suspensions.icon },
];

/** An item shown only to those whose role may open it. */
function MenuDestination({ resource, action = 'list', path, label, icon }: Destination) {
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource, action });
  if (!canAccess) return null;
  return <RaMenu.Item to={`${basename}${path}`} primaryText={label} leftIcon={createElement(icon)} />;
}

/** The side menu: the dashboard, then what the signed-in member of staff may use. */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {DESTINATIONS.map((destination) => (
        <MenuDestination key={destination.path} {...destination} />
      ))}
    </RaMenu>
  );
}
