import { Inject, Injectable, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { ParsedMail, simpleParser } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SmtpSink, startSmtpSink } from '../../../testing/smtp-sink';
import { calendarContentType, calendarInvite } from './calendar-invite';
import { ChannelsModule } from './channels.module';
import { DeliveryError } from './channels.errors';
import { EmailChannel, OutgoingEmail } from './email.channel';
import { NotificationsConfig, notificationsConfig, readNotificationsConfig } from './notifications.config';
import { NotifyChannel } from './notify.channel';

const CONFIRMATION: OutgoingEmail = {
  messageId: '<appointment-42-confirmation@regflow.local>',
  to: 'jane@example.org',
  subject: 'Appointment booked: Birth registration, Tuesday 5 July 2022 at 9:30am',
  text: 'Dear Jane Smith,\n\nYour appointment to register a birth is booked.\n',
  html: '<p>Dear Jane Smith,</p><p>Your appointment to register a birth is booked.</p>',
  attachments: [
    {
      filename: 'appointment.ics',
      contentType: calendarContentType({}),
      content: calendarInvite({
        uid: 'appointment-42@regflow.local',
        title: 'Birth registration',
        startsAt: new Date('2022-07-05T08:30:00Z'),
        endsAt: new Date('2022-07-05T09:00:00Z'),
        location: 'Worcester Register Office',
        description: 'Reference BX7K2M',
        sequence: 0,
        revisedAt: new Date('2022-07-01T08:00:00Z'),
      }),
    },
  ],
};

function dtstart(mail: ParsedMail): string | undefined {
  const invite = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  return invite?.content.toString('utf8').match(/^DTSTART:(\S+)\r?$/m)?.[1];
}

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe(EmailChannel.name, () => {
  describe('over SMTP', () => {
    let sink: SmtpSink;
    let channel: EmailChannel;

    beforeEach(async () => {
      sink = await startSmtpSink();
      channel = new EmailChannel(readNotificationsConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Registration service <no-reply@regflow.local>' }));
    });

    afterEach(async () => {
      channel.onModuleDestroy();
      await sink.close();
    });

    it('delivers the message once, with its Message-ID, both bodies and the calendar invitation in UTC', async () => {
      await channel.send(CONFIRMATION);

      expect(sink.received).toHaveLength(1);
      const [mail] = sink.received;
      expect(mail.messageId).toBe('<appointment-42-confirmation@regflow.local>');
      expect(mail.subject).toBe('Appointment booked: Birth registration, Tuesday 5 July 2022 at 9:30am');
      expect(mail.from?.value).toEqual([{ name: 'Registration service', address: 'no-reply@regflow.local' }]);
      expect(mail.to).toMatchObject({ text: 'jane@example.org' });
      expect(mail.text).toContain('Your appointment to register a birth is booked.');
      expect(mail.html).toContain('<p>Your appointment to register a birth is booked.</p>');
      expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(['appointment.ics']);
      expect(dtstart(mail)).toBe('20220705T083000Z');
    });

    it('sends a retry with the same Message-ID', async () => {
      await channel.send(CONFIRMATION);
      await channel.send(CONFIRMATION);

      expect(sink.received.map((mail) => mail.messageId)).toEqual([CONFIRMATION.messageId, CONFIRMATION.messageId]);
    });

    it('rejects when the server refuses the recipient with 550, as a permanent failure', async () => {
      sink.setRefusing('always', { at: 'rcpt', code: 550 });

      const error = await rejection(channel.send(CONFIRMATION));

      expect(error.code).toBe('delivery-refused');
      expect(error.permanent).toBe(true);
      expect(error.message).toContain('<appointment-42-confirmation@regflow.local>');
      expect(error.message).toContain('550');
      expect(sink.received).toHaveLength(0);
    });

    it('rejects when the server answers the message with 451, as worth retrying, and the retry arrives', async () => {
      sink.setRefusing(1, { at: 'data', code: 451 });

      const error = await rejection(channel.send(CONFIRMATION));
      expect(error.permanent).toBe(false);
      expect(error.message).toContain('451');
      expect(sink.received).toHaveLength(0);

      await channel.send(CONFIRMATION);
      expect(sink.received.map((mail) => mail.messageId)).toEqual([CONFIRMATION.messageId]);
    });

    it('refuses a Message-ID that is not <id@domain>, so every retry can carry the same one', async () => {
      await expect(channel.send({ ...CONFIRMATION, messageId: 'appointment-42' })).rejects.toThrow('is not a Message-ID');
      expect(sink.received).toHaveLength(0);
    });
  });

  it('rejects when no mail server is listening', async () => {
    const sink = await startSmtpSink();
    await sink.close();
    const channel = new EmailChannel(readNotificationsConfig({ SMTP_URL: sink.url }));

    const error = await rejection(channel.send(CONFIRMATION));

    expect(error.code).toBe('delivery-unreachable');
    expect(error.message).toContain('check SMTP_URL');
    channel.onModuleDestroy();
  });

  describe('without SMTP_URL', () => {
    let dataDir: string;

    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'regflow-mail-'));
    });

    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('writes each message to DATA_DIR/mail as a readable .eml file, once per Message-ID', async () => {
      const channel = new EmailChannel(readNotificationsConfig({ DATA_DIR: dataDir }));

      const sent = await channel.send(CONFIRMATION);
      await channel.send(CONFIRMATION);

      const mailDir = join(dataDir, 'mail');
      expect(readdirSync(mailDir)).toEqual(['appointment-42-confirmation@regflow.local.eml']);
      expect(sent.providerId).toBe(join(mailDir, 'appointment-42-confirmation@regflow.local.eml'));
      const mail = await simpleParser(readFileSync(sent.providerId));
      expect(mail.messageId).toBe(CONFIRMATION.messageId);
      expect(mail.subject).toBe(CONFIRMATION.subject);
      expect(mail.text).toContain('Your appointment to register a birth is booked.');
      expect(dtstart(mail)).toBe('20220705T083000Z');
    });
  });
});

describe(ChannelsModule.name, () => {
  @Injectable()
  class Sender {
    constructor(
      readonly email: EmailChannel,
      readonly notify: NotifyChannel,
      @Inject(notificationsConfig.KEY) readonly config: NotificationsConfig,
    ) {}
  }

  @Module({ imports: [ChannelsModule], providers: [Sender], exports: [Sender] })
  class SenderModule {}

  it('builds the channels and the configuration from the environment: email over SMTP_URL, Notify off without a key', async () => {
    const sink = await startSmtpSink();
    const previous = process.env;
    process.env = { ...previous, SMTP_URL: sink.url, NOTIFY_API_KEY: '' };
    try {
      const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }), SenderModule] }).compile();
      const sender = moduleRef.get(Sender);

      await sender.email.send(CONFIRMATION);

      expect(sink.received.map((mail) => mail.subject)).toEqual([CONFIRMATION.subject]);
      expect(sender.notify.isConfigured()).toBe(false);
      expect(sender.config.smtpUrl).toBe(sink.url);
      await moduleRef.close();
    } finally {
      process.env = previous;
      await sink.close();
    }
  });
});
