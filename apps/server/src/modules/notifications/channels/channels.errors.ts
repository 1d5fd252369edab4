import { DeliveryErrorCode } from '@regflow/contracts';
import { AppError } from '../../../common/errors/app-error';


/**
 * A message a provider did not take. `permanent` when sending it again cannot succeed (a 5xx SMTP
 * reply, a 4xx from Notify other than 429), so a job may stop retrying. Notify failures carry no
 * `cause`: the HTTP client's error holds the request's bearer token.
 */
export class DeliveryError extends AppError<DeliveryErrorCode> {
  constructor(
    code: DeliveryErrorCode,
    readonly permanent: boolean,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(code, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

export const channelErrors = {
  smtpRefused: (messageId: string, permanent: boolean, reply: string, cause: unknown) =>
    new DeliveryError('delivery-refused', permanent, `the mail server refused ${messageId}: ${reply}`, { cause }),
  smtpUnreachable: (messageId: string, reason: string, cause: unknown) =>
    new DeliveryError('delivery-unreachable', false, `could not reach the mail server for ${messageId}: ${reason}; check SMTP_URL`, { cause }),
  notifyRefused: (reference: string, status: number, reply: string) =>
    new DeliveryError('delivery-refused', status !== 429 && status < 500, `GOV.UK Notify refused ${reference} with ${status}: ${reply}`),
  notifyUnreachable: (reference: string, reason: string) =>
    new DeliveryError('delivery-unreachable', false, `could not reach GOV.UK Notify for ${reference}: ${reason}; check NOTIFY_BASE_URL`),
  notifyNotConfigured: () =>
    new DeliveryError(
      'notify-not-configured',
      true,
      'GOV.UK Notify is not configured: set NOTIFY_API_KEY, NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_SMS_TEMPLATE_ID, or send email over SMTP',
    ),
};
