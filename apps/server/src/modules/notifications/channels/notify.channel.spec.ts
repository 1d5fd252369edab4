import { randomUUID } from 'node:crypto';
import { NotifyFake, startNotifyFake } from '../../../testing/notify-fake';
import { DeliveryError } from './channels.errors';
import { readNotificationsConfig } from './notifications.config';
import { NotifyChannel } from './notify.channel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function channelFor(fake: NotifyFake, apiKey = fake.apiKey): NotifyChannel {
  return new NotifyChannel(
    readNotificationsConfig({
      NOTIFY_BASE_URL: fake.baseUrl,
      NOTIFY_API_KEY: apiKey,
      NOTIFY_EMAIL_TEMPLATE_ID: fake.emailTemplateId,
      NOTIFY_SMS_TEMPLATE_ID: fake.smsTemplateId,
    }),
  );
}

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

const REMINDER = {
  reference: 'appointment-42-reminder',
  to: 'jane@example.org',
  subject: 'Reminder: Birth registration, Tuesday 5 July 2022 at 9:30am',
  body: 'Dear Jane Smith,\n\nThis is a reminder of your appointment to register a birth.',
};

describe(NotifyChannel.name, () => {
  let fake: NotifyFake;

  beforeEach(async () => {
    fake = await startNotifyFake();
  });

  afterEach(() => fake.close());

  it('sends an email through the email template with a signed token, the subject and body, and our reference', async () => {
    const sent = await channelFor(fake).sendEmail(REMINDER);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v2/notifications/email', status: 201, token: { iss: fake.serviceId } });
    expect(request.body).toEqual({
      template_id: fake.emailTemplateId,
      email_address: 'jane@example.org',
      personalisation: { subject: REMINDER.subject, body: REMINDER.body },
      reference: 'appointment-42-reminder',
    });
    expect(sent.providerId).toMatch(UUID);
  });

  it('sends a text message through the text template', async () => {
    const sent = await channelFor(fake).sendSms({ reference: 'appointment-42-reminder-sms', to: '07700 900123', body: 'Reminder: your appointment is on Tuesday 5 July 2022 at 9:30am.' });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ path: '/v2/notifications/sms', status: 201, token: { iss: fake.serviceId } });
    expect(fake.requests[0].body).toEqual({
      template_id: fake.smsTemplateId,
      phone_number: '07700 900123',
      personalisation: { body: 'Reminder: your appointment is on Tuesday 5 July 2022 at 9:30am.' },
      reference: 'appointment-42-reminder-sms',
    });
    expect(sent.providerId).toMatch(UUID);
  });

  it('is refused with 403 when the key’s secret is wrong, as a permanent failure', async () => {
    const wrongSecret = fake.apiKey.slice(0, -36) + randomUUID();

    const error = await rejection(channelFor(fake, wrongSecret).sendEmail(REMINDER));

    expect(fake.requests.map((request) => [request.status, request.token])).toEqual([[403, null]]);
    expect(error.code).toBe('delivery-refused');
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('GOV.UK Notify refused appointment-42-reminder with 403: AuthError');
  });

  it.each<[number, boolean, string]>([
    [400, true, 'BadRequestError'],
    [429, false, 'RateLimitError'],
    [500, false, 'Exception'],
  ])('rejects a %i from Notify (permanent: %s)', async (status, permanent, error) => {
    fake.failNext(status);

    const refused = await rejection(channelFor(fake).sendSms({ reference: 'appointment-42-reminder-sms', to: '07700 900123', body: 'Reminder' }));

    expect(refused.permanent).toBe(permanent);
    expect(refused.message).toContain(`with ${status}: ${error}`);
  });

  it('sends again after a failure, with the same reference', async () => {
    const channel = channelFor(fake);
    fake.failNext(500);

    await expect(channel.sendEmail(REMINDER)).rejects.toThrow(DeliveryError);
    await channel.sendEmail(REMINDER);

    expect(fake.requests.map((request) => [request.status, request.body.reference])).toEqual([
      [500, 'appointment-42-reminder'],
      [201, 'appointment-42-reminder'],
    ]);
  });

  it('rejects when Notify cannot be reached', async () => {
    const channel = channelFor(fake);
    await fake.close();

    const error = await rejection(channel.sendEmail(REMINDER));

    expect(error.code).toBe('delivery-unreachable');
    expect(error.permanent).toBe(false);
    fake = await startNotifyFake();
  });

  it('is not configured without a key, and says what to set when asked to send', async () => {
    const channel = new NotifyChannel(readNotificationsConfig({}));

    expect(channel.isConfigured()).toBe(false);
    const error = await rejection(channel.sendSms({ reference: 'x', to: '07700 900123', body: 'Reminder' }));
    expect(error.code).toBe('notify-not-configured');
    expect(error.message).toContain('NOTIFY_API_KEY');
    expect(fake.requests).toHaveLength(0);
  });
});
