import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, NodemailerError, SendMailOptions, Transporter } from 'nodemailer';
import { channelErrors } from './channels.errors';
import { notificationsConfig } from './notifications.config';

export interface EmailAttachment {
  readonly filename: string;
  readonly content: string;
  readonly contentType: string;
}

export interface OutgoingEmail {
  /** Stable across retries, e.g. `<appointment-<id>-confirmation@regflow.local>`: a mail client shows a repeat once. */
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly EmailAttachment[];
}

export interface SentMessage {
  /** The mail server's reply (SMTP), the file written (no SMTP_URL), or Notify's notification id. */
  readonly providerId: string;
}

const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

/** Checked by shape: a socket error comes from Node's own realm, where `instanceof Error` can fail. */
function isNodemailerError(error: unknown): error is NodemailerError {
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/**
 * Sends email over SMTP when SMTP_URL is set; otherwise writes each message to DATA_DIR/mail as an
 * `.eml` file (named after its Message-ID, so a retry overwrites it), so a first run needs no mail server.
 */
@Injectable()
export class EmailChannel implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(@Inject(notificationsConfig.KEY) private readonly config: ConfigType<typeof notificationsConfig>) {
    this.transporter = config.smtpUrl ? createTransport(config.smtpUrl) : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: OutgoingEmail): Promise<SentMessage> {
    if (!MESSAGE_ID.test(message.messageId)) {
      throw new Error(`"${message.messageId}" is not a Message-ID: write it as <appointment-id-confirmation@regflow.local>`);
    }
    const mail: SendMailOptions = {
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      attachments: (message.attachments ?? []).map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    };
    return this.config.smtpUrl ? this.sendOverSmtp(mail, message.messageId) : this.writeToFile(mail, message.messageId);
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }

  private async sendOverSmtp(mail: SendMailOptions, messageId: string): Promise<SentMessage> {
    try {
      const info = await this.transporter.sendMail(mail);
      return { providerId: info.response ?? info.messageId };
    } catch (error) {
      if (!isNodemailerError(error)) throw error;
      if (error.responseCode !== undefined) {
        throw channelErrors.smtpRefused(messageId, error.permanent === true, error.response ?? error.message, error);
      }
      throw channelErrors.smtpUnreachable(messageId, error.message, error);
    }
  }

  private async writeToFile(mail: SendMailOptions, messageId: string): Promise<SentMessage> {
    const info = await this.transporter.sendMail(mail);
    if (!Buffer.isBuffer(info.message)) throw new Error(`the mail composer gave no message for ${messageId}`);
    await mkdir(this.config.mailDir, { recursive: true });
    const file = join(this.config.mailDir, `${messageId.slice(1, -1).replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`);
    await writeFile(file, info.message);
    return { providerId: file };
  }
}
