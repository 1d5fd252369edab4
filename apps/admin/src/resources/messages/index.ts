import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { MessageResponse } from '@regflow/contracts';
import { MessageList } from './MessageList';

/** `<Resource name="messages" {...messages} />`. */
export const messages = {
  list: MessageList,
  icon: MailOutlineIcon,
  recordRepresentation: (message: MessageResponse) => `${message.kind} → ${message.recipient}`,
};
