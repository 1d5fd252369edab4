import { Injectable } from '@nestjs/common';
import { Links } from '../../common/links/links';
import { UnitOfWork } from '../../common/unit-of-work';
import { MessageEntity } from './message.entity';
import { ComposedMessage, MessageKindRegistry } from './message-kinds';
import { staffNote } from './staff-note';

/**
 * Writes a message when it is sent, through the composer its kind was registered with. Staff notes
 * of a kind nobody registered say their subject; a resident's message always needs its composer.
 */
@Injectable()
export class MessageComposer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly kinds: MessageKindRegistry,
    private readonly links: Links,
  ) {}

  compose(message: MessageEntity): Promise<ComposedMessage | null> {
    return this.unitOfWork.read(async (manager) => {
      const composer = this.kinds.composerOf(message.kind);
      if (composer) return composer.compose(manager, message);
      if (message.audience === 'staff') return staffNote(message, this.links);
      throw new Error(`no composer is registered for ${message.kind} messages: the module that plans them must register the kind`);
    });
  }
}
