import { Injectable } from '@nestjs/common';
import { RenderedMessage } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { MessageEntity } from './message.entity';

export interface ComposedMessage extends RenderedMessage {
  /** The short version for a text message, where there is one. */
  readonly sms?: string;
  readonly attachments?: { readonly filename: string; readonly content: string; readonly contentType: string }[];
}

/** What a composer reads of the message it writes. */
export type MessageToCompose = Pick<MessageEntity, 'kind' | 'audience' | 'channel' | 'recipient' | 'appointmentId' | 'subject'>;

/**
 * Writes the messages of some kinds, from the records as they are when each is sent. Returns null
 * when the message no longer makes sense (its appointment was cancelled since it was planned).
 */
export interface MessageKindComposer {
  compose(manager: EntityManager, message: MessageToCompose): Promise<ComposedMessage | null>;
}

/**
 * Which feature writes each kind of message. Feature modules own their messages' planning and
 * wording and register their kinds here when they start; notifications only records and sends.
 */
@Injectable()
export class MessageKindRegistry {
  private readonly composers = new Map<string, MessageKindComposer>();

  register(kinds: readonly string[], composer: MessageKindComposer): void {
    for (const kind of kinds) {
      if (this.composers.has(kind)) throw new Error(`message kind ${kind} is registered twice: give each feature's messages kinds of their own`);
      this.composers.set(kind, composer);
    }
  }

  composerOf(kind: string): MessageKindComposer | undefined {
    return this.composers.get(kind);
  }
}
