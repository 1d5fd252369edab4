import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { NotifyClient } from 'notifications-node-client';
import { channelErrors } from './channels.errors';
import { SentMessage } from './email.channel';
import { notificationsConfig, NotifySettings } from './notifications.config';

export interface NotifyEmail {
  /** Our key of the message: Notify stores it as the notification's reference, the same on every retry. */
  readonly reference: string;
  readonly to: string;
  readonly subject: string;
  /** Plain text: Notify's template renders it as the body. */
  readonly body: string;
}

export interface NotifySms {
  readonly reference: string;
  /** A UK mobile number, as the resident gave it. */
  readonly to: string;
  readonly body: string;
}

interface NotifyErrorReply {
  readonly status: number;
  readonly reply: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Notify answers a refusal with `{ status_code, errors: [{ error, message }] }`. */
function errorReply(error: unknown): NotifyErrorReply | null {
  if (!isRecord(error) || !isRecord(error.response) || typeof error.response.status !== 'number') return null;
  const { status, data } = error.response;
  const errors = isRecord(data) && Array.isArray(data.errors) ? data.errors : [];
  const reply = errors
    .filter(isRecord)
    .map((entry) => `${String(entry.error)}: ${String(entry.message)}`)
    .join('; ');
  return { status, reply: reply || 'no reason given' };
}

/**
 * Email and text messages through GOV.UK Notify, when NOTIFY_API_KEY is set. One generic template
 * per channel: the email template is `((subject))` / `((body))`, the text message template `((body))`.
 */
@Injectable()
export class NotifyChannel {
  private readonly client: NotifyClient | null;
  private readonly settings: NotifySettings | null;

  constructor(@Inject(notificationsConfig.KEY) config: ConfigType<typeof notificationsConfig>) {
    this.settings = config.notify;
    this.client = config.notify ? new NotifyClient(config.notify.baseUrl, config.notify.apiKey) : null;
  }

  isConfigured(): boolean {
    return this.client !== null;
  }

  async sendEmail(message: NotifyEmail): Promise<SentMessage> {
    const { client, settings } = this.configured();
    return this.call(message.reference, () =>
      client.sendEmail(settings.emailTemplateId, message.to, {
        personalisation: { subject: message.subject, body: message.body },
        reference: message.reference,
      }),
    );
  }

  async sendSms(message: NotifySms): Promise<SentMessage> {
    const { client, settings } = this.configured();
    return this.call(message.reference, () =>
      client.sendSms(settings.smsTemplateId, message.to, { personalisation: { body: message.body }, reference: message.reference }),
    );
  }

  private configured(): { client: NotifyClient; settings: NotifySettings } {
    if (!this.client || !this.settings) throw channelErrors.notifyNotConfigured();
    return { client: this.client, settings: this.settings };
  }

  private async call(reference: string, send: () => Promise<{ data: { id: string } }>): Promise<SentMessage> {
    try {
      const response = await send();
      return { providerId: response.data.id };
    } catch (error) {
      const reply = errorReply(error);
      if (reply) throw channelErrors.notifyRefused(reference, reply.status, reply.reply);
      throw channelErrors.notifyUnreachable(reference, isRecord(error) && typeof error.message === 'string' ? error.message : String(error));
    }
  }
}
