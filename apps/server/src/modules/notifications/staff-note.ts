import { renderMessage } from '@regflow/domain';
import { Links } from '../../common/links/links';
import { ComposedMessage, MessageToCompose } from './message-kinds';

/** A note to staff that says its subject and links to regflow: for kinds with no wording of their own. */
export function staffNote(message: Pick<MessageToCompose, 'subject' | 'kind'>, links: Links): ComposedMessage {
  const line = message.subject ?? message.kind;
  return renderMessage(line, [
    { kind: 'paragraph', text: line },
    { kind: 'link', lead: 'Open regflow', url: links.staffHome() },
  ]);
}
