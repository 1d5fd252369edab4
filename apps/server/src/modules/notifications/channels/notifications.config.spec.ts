import { resolve } from 'node:path';
import { ConfigurationError } from '../../../config';
import { readNotificationsConfig } from './notifications.config';

const KEY = 'regflow_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const EMAIL_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const SMS_TEMPLATE = '0a1e4d3b-7a2f-4c1e-9b8d-2f6a5c4e3d21';

describe(readNotificationsConfig.name, () => {
  it('writes email to files under DATA_DIR/mail, from no-reply, with no Notify, when nothing is set', () => {
    expect(readNotificationsConfig({})).toEqual({
      mailFrom: 'regflow <no-reply@regflow.local>',
      smtpUrl: null,
      mailDir: resolve('./data/mail'),
      notify: null,
    });
  });

  it('reads SMTP, the sender and Notify', () => {
    const config = readNotificationsConfig({
      DATA_DIR: '/var/lib/regflow',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.gov.uk:465',
      MAIL_FROM: 'Registration service <registrars@example.gov.uk>',
      NOTIFY_API_KEY: KEY,
      NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE,
      NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE,
    });

    expect(config).toEqual({
      mailFrom: 'Registration service <registrars@example.gov.uk>',
      smtpUrl: 'smtps://mailer:secret@smtp.example.gov.uk:465',
      mailDir: '/var/lib/regflow/mail',
      notify: { baseUrl: 'https://api.notifications.service.gov.uk', apiKey: KEY, emailTemplateId: EMAIL_TEMPLATE, smsTemplateId: SMS_TEMPLATE },
    });
  });

  it.each<[Record<string, string>, string]>([
    [{ SMTP_URL: 'http://127.0.0.1:2525' }, 'SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ MAIL_FROM: 'no-reply' }, 'MAIL_FROM must be an email address'],
    [{ NOTIFY_API_KEY: 'not-a-key' }, 'NOTIFY_API_KEY must be a GOV.UK Notify API key'],
    [{ NOTIFY_API_KEY: KEY, NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE }, 'NOTIFY_EMAIL_TEMPLATE_ID must be the id of a Notify email template'],
    [{ NOTIFY_API_KEY: KEY, NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE }, 'NOTIFY_SMS_TEMPLATE_ID must be the id of a Notify text message template'],
    [{ NOTIFY_API_KEY: KEY, NOTIFY_EMAIL_TEMPLATE_ID: 'welcome', NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE }, 'NOTIFY_EMAIL_TEMPLATE_ID must be the id'],
    [{ NOTIFY_BASE_URL: 'api.notifications.service.gov.uk' }, 'NOTIFY_BASE_URL must be an http:// or https:// URL'],
  ])('refuses %j and says what to fix', (env, message) => {
    expect(() => readNotificationsConfig(env)).toThrow(ConfigurationError);
    expect(() => readNotificationsConfig(env)).toThrow(message);
  });

  it('names the variable, not its value, so a password in SMTP_URL stays out of the logs', () => {
    expect(() => readNotificationsConfig({ SMTP_URL: 'imap://mailer:hunter2@mail.example' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });
});
