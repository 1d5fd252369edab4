import { registerAs } from '@nestjs/config';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsUUID, Matches, ValidateIf, validateSync } from 'class-validator';
import { join, resolve } from 'node:path';
import { ConfigurationError, readEnvironment } from '../../../config';

export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';
export const DEFAULT_MAIL_FROM = 'regflow <no-reply@regflow.local>';
export const MAIL_DIR_NAME = 'mail';

/** A GOV.UK Notify key: `<key name>-<service id>-<secret>`, the two last parts UUIDs. */
const NOTIFY_API_KEY_SHAPE = /^\S+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The environment variables of email and text messages, validated once at start. */
export class NotificationsEnvironment {
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525, or unset to write each email to a file under DATA_DIR/mail',
  })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^[^\r\n]*@[^\r\n]+$/, { message: 'MAIL_FROM must be an email address, e.g. "Registration service <no-reply@example.gov.uk>"' })
  MAIL_FROM: string = DEFAULT_MAIL_FROM;

  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'NOTIFY_BASE_URL must be an http:// or https:// URL, or unset for GOV.UK Notify itself' })
  NOTIFY_BASE_URL: string = NOTIFY_PRODUCTION_URL;

  @IsOptional()
  @Matches(NOTIFY_API_KEY_SHAPE, { message: 'NOTIFY_API_KEY must be a GOV.UK Notify API key as Notify shows it: the key name, the service id and the secret' })
  NOTIFY_API_KEY?: string;

  @ValidateIf((environment: NotificationsEnvironment) => environment.NOTIFY_API_KEY !== undefined || environment.NOTIFY_EMAIL_TEMPLATE_ID !== undefined)
  @IsUUID('all', { message: 'NOTIFY_EMAIL_TEMPLATE_ID must be the id of a Notify email template with ((subject)) and ((body)) when NOTIFY_API_KEY is set' })
  NOTIFY_EMAIL_TEMPLATE_ID?: string;

  @ValidateIf((environment: NotificationsEnvironment) => environment.NOTIFY_API_KEY !== undefined || environment.NOTIFY_SMS_TEMPLATE_ID !== undefined)
  @IsUUID('all', { message: 'NOTIFY_SMS_TEMPLATE_ID must be the id of a Notify text message template with ((body)) when NOTIFY_API_KEY is set' })
  NOTIFY_SMS_TEMPLATE_ID?: string;
}

export interface NotifySettings {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly emailTemplateId: string;
  readonly smsTemplateId: string;
}

export interface NotificationsConfig {
  readonly mailFrom: string;
  /** Null: each email is written as an `.eml` file under `mailDir` instead of sent. */
  readonly smtpUrl: string | null;
  readonly mailDir: string;
  /** Null: GOV.UK Notify is not configured, so email goes over SMTP and no text messages are sent. */
  readonly notify: NotifySettings | null;
}

export function readNotificationsConfig(env: NodeJS.ProcessEnv): NotificationsConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(NotificationsEnvironment, present, { excludeExtraneousValues: false });
  const problems = validateSync(environment).flatMap((error) => Object.values(error.constraints ?? {}));
  if (problems.length > 0) throw new ConfigurationError(`regflow cannot start: ${problems.join('; ')}`);
  const { NOTIFY_API_KEY, NOTIFY_EMAIL_TEMPLATE_ID, NOTIFY_SMS_TEMPLATE_ID } = environment;
  return {
    mailFrom: environment.MAIL_FROM,
    smtpUrl: environment.SMTP_URL ?? null,
    mailDir: join(resolve(readEnvironment(env).DATA_DIR), MAIL_DIR_NAME),
    notify:
      NOTIFY_API_KEY && NOTIFY_EMAIL_TEMPLATE_ID && NOTIFY_SMS_TEMPLATE_ID
        ? { baseUrl: environment.NOTIFY_BASE_URL.replace(/\/+$/, ''), apiKey: NOTIFY_API_KEY, emailTemplateId: NOTIFY_EMAIL_TEMPLATE_ID, smsTemplateId: NOTIFY_SMS_TEMPLATE_ID }
        : null,
  };
}

export const notificationsConfig = registerAs('notifications', (): NotificationsConfig => readNotificationsConfig(process.env));
