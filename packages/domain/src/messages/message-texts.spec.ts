import { DEFAULT_APPOINTMENT_TYPES } from '../appointment-types';
import { formatLondonDateTime } from './message-format';
import {
  AppointmentMessageInput,
  cancelledMessage,
  confirmationMessage,
  EscalationInput,
  escalationMessage,
  reminderMessage,
  rescheduledMessage,
  ResidentMessage,
  satisfactionMessage,
} from './message-texts';

const WORCESTER = { name: 'Worcester Register Office', address: 'The Guildhall, High Street, Worcester WR1 2EY' };

function appointment(overrides: Partial<AppointmentMessageInput> = {}): AppointmentMessageInput {
  return {
    reference: 'BX7K2M',
    type: DEFAULT_APPOINTMENT_TYPES.birth,
    residentName: 'Jane Smith',
    startsAt: '2022-07-05T08:30:00Z',
    endsAt: '2022-07-05T09:00:00Z',
    mode: 'face-to-face',
    office: WORCESTER,
    manageUrl: 'https://regflow.example/booking/BX7K2M?token=abc',
    ...overrides,
  };
}

function allResidentMessages(input: AppointmentMessageInput): ResidentMessage[] {
  return [
    confirmationMessage(input),
    reminderMessage(input),
    rescheduledMessage({ ...input, previousStartsAt: '2022-07-04T13:00:00Z' }),
    cancelledMessage({ ...input, bookingUrl: 'https://regflow.example/book' }),
  ];
}

function everyText(message: ResidentMessage): string[] {
  return [message.subject, message.text, message.html, message.sms];
}

describe('formatLondonDateTime', () => {
  it.each<[string, string, string]>([
    ['summer time: 08:30Z is 9:30am', '2022-07-05T08:30:00Z', 'Tuesday 5 July 2022 at 9:30am'],
    ['winter time: 09:30Z is 9:30am', '2022-12-06T09:30:00Z', 'Tuesday 6 December 2022 at 9:30am'],
    ['a whole hour has no minutes', '2022-12-06T10:00:00Z', 'Tuesday 6 December 2022 at 10am'],
    ['the afternoon', '2022-07-05T13:15:00Z', 'Tuesday 5 July 2022 at 2:15pm'],
    ['noon is midday', '2022-12-06T12:00:00Z', 'Tuesday 6 December 2022 at midday'],
    ['the day the clocks go forward: 11:00Z is midday', '2022-03-27T11:00:00Z', 'Sunday 27 March 2022 at midday'],
    ['the day the clocks go back: 10:00Z is 10am', '2022-10-30T10:00:00Z', 'Sunday 30 October 2022 at 10am'],
    ['23:30Z in summer is the next London day', '2022-07-05T23:30:00Z', 'Wednesday 6 July 2022 at 12:30am'],
  ])('%s', (_case, instant, expected) => {
    expect(formatLondonDateTime(instant)).toBe(expected);
  });
});

describe('confirmationMessage', () => {
  it('gives the time, the office, what to bring and how to change or cancel', () => {
    const message = confirmationMessage(appointment());

    expect(message.subject).toBe('Appointment booked: Birth registration, Tuesday 5 July 2022 at 9:30am');
    expect(message.text).toContain('Dear Jane Smith,');
    expect(message.text).toContain('Your appointment to register a birth is booked.');
    expect(message.text).toContain('Reference: BX7K2M');
    expect(message.text).toContain('Date and time: Tuesday 5 July 2022 at 9:30am');
    expect(message.text).toContain('Length: about 30 minutes');
    expect(message.text).toContain('Where: Worcester Register Office, The Guildhall, High Street, Worcester WR1 2EY');
    expect(message.text).toContain('What to bring');
    for (const document of DEFAULT_APPOINTMENT_TYPES.birth.documentsToBring) expect(message.text).toContain(`- ${document}`);
    expect(message.text).toContain('change or cancel your appointment so someone else can use it: https://regflow.example/booking/BX7K2M?token=abc');
    expect(message.html).toContain('<a href="https://regflow.example/booking/BX7K2M?token=abc"');
    expect(message.text).not.toMatch(/phone/i);
  });

  it('follows the type as a manager changed it: its name and the documents to bring', () => {
    const changed = { ...DEFAULT_APPOINTMENT_TYPES.birth, name: 'Birth and naming', documentsToBring: ['The red book from your health visitor'] };
    const message = confirmationMessage(appointment({ type: changed }));

    expect(message.subject).toBe('Appointment booked: Birth and naming, Tuesday 5 July 2022 at 9:30am');
    expect(message.text).toContain('- The red book from your health visitor');
    expect(message.text).not.toContain(DEFAULT_APPOINTMENT_TYPES.birth.documentsToBring[0]);
  });

  it('gives the London time in winter too', () => {
    const message = confirmationMessage(appointment({ startsAt: '2022-12-06T09:30:00Z', endsAt: '2022-12-06T10:30:00Z' }));
    expect(message.subject).toBe('Appointment booked: Birth registration, Tuesday 6 December 2022 at 9:30am');
    expect(message.text).toContain('Length: about 1 hour');
  });

  it('tells a telephone appointment that the registrar will phone their number, and to have documents ready, not an address', () => {
    const message = confirmationMessage(appointment({ type: DEFAULT_APPOINTMENT_TYPES.death, mode: 'telephone', phone: '07700 900123' }));

    expect(message.text).toContain('How: By telephone');
    expect(message.text).toContain('The registrar will phone you on 07700 900123 at 9:30am on Tuesday 5 July 2022.');
    expect(message.text).toContain('What to have ready');
    for (const document of DEFAULT_APPOINTMENT_TYPES.death.documentsToBring) expect(message.text).toContain(`- ${document}`);
    expect(message.text).not.toContain('Worcester');
    expect(message.text).not.toContain('What to bring');
    expect(message.sms).toContain('The registrar will phone you at that time.');
  });

  it('says the number they gave when the phone number is not to hand', () => {
    const message = confirmationMessage(appointment({ type: DEFAULT_APPOINTMENT_TYPES.death, mode: 'telephone', phone: null }));
    expect(message.text).toContain('The registrar will phone you on the number you gave us at 9:30am on Tuesday 5 July 2022.');
  });

  it('ends with the feedback line only when there is one', () => {
    expect(confirmationMessage(appointment({ feedbackUrl: 'https://regflow.example/feedback' })).text).toContain(
      'Tell us what you think of our service: https://regflow.example/feedback',
    );
    expect(confirmationMessage(appointment()).text).not.toMatch(/feedback|what you think/i);
  });

  it('gives a short text message with the time, place, reference and link', () => {
    expect(confirmationMessage(appointment()).sms).toBe(
      'Your appointment to register a birth is booked for Tuesday 5 July 2022 at 9:30am. At Worcester Register Office. Reference BX7K2M. Change or cancel: https://regflow.example/booking/BX7K2M?token=abc',
    );
  });
});

describe('still-birth messages', () => {
  const stillBirth = appointment({ type: DEFAULT_APPOINTMENT_TYPES['still-birth'], feedbackUrl: 'https://regflow.example/feedback' });

  it.each(allResidentMessages(stillBirth).map((message) => [message.subject, message] as const))(
    '%s: says sorry and invites no feedback or survey',
    (_subject, message) => {
      expect(message.text).toContain('We are sorry for your loss.');
      expect(message.sms).toContain('We are sorry for your loss.');
      for (const text of everyText(message)) {
        expect(text).not.toMatch(/feedback|survey|what you think|rate us/i);
        expect(text).not.toContain('https://regflow.example/feedback');
      }
    },
  );

  it('names the appointment gently and lists the still-birth documents', () => {
    const message = confirmationMessage(stillBirth);
    expect(message.text).toContain('Your appointment to register the still-birth of your baby is booked.');
    expect(message.text).toContain(`- ${DEFAULT_APPOINTMENT_TYPES['still-birth'].documentsToBring[0]}`);
  });

  it('a birth is not told sorry', () => {
    expect(confirmationMessage(appointment()).text).not.toContain('sorry');
  });
});

describe('every resident message', () => {
  it.each(['birth', 'still-birth', 'death', 'notice', 'ceremony'] as const)('for %s has no exclamation marks', (typeCode) => {
    for (const message of allResidentMessages(appointment({ type: DEFAULT_APPOINTMENT_TYPES[typeCode], feedbackUrl: 'https://regflow.example/feedback' }))) {
      for (const text of [message.subject, message.text, message.sms]) expect(text).not.toContain('!');
    }
  });

  it('escapes every value in the HTML and keeps the plain text as written', () => {
    const hostile = appointment({
      residentName: '<script>alert("x")</script>',
      reference: 'A&B<1>',
      office: { name: 'Office "One" <b>', address: "O'Brien & Sons <img src=x onerror=alert(1)>" },
      manageUrl: 'https://regflow.example/booking?a=1&b="2"',
      feedbackUrl: 'javascript:alert(1)',
    });

    for (const message of allResidentMessages(hostile)) {
      expect(message.html).not.toContain('<script>');
      expect(message.html).not.toContain('<img');
      expect(message.html).not.toContain('<b>');
      expect(message.html).not.toContain('href="javascript:');
      expect(message.text).toContain('<script>alert("x")</script>');
    }
    const html = confirmationMessage(hostile).html;
    expect(html).toContain('Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(html).toContain('A&amp;B&lt;1&gt;');
    expect(html).toContain('O&#39;Brien &amp; Sons &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://regflow.example/booking?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('reminderMessage', () => {
  it('reminds of the time and place, what to bring and how to change', () => {
    const message = reminderMessage(appointment({ type: DEFAULT_APPOINTMENT_TYPES.notice }));

    expect(message.subject).toBe('Reminder: Notice of marriage or civil partnership, Tuesday 5 July 2022 at 9:30am');
    expect(message.text).toContain('This is a reminder of your appointment to give notice of marriage or civil partnership.');
    expect(message.text).toContain('Where: Worcester Register Office');
    expect(message.text).toContain(`- ${DEFAULT_APPOINTMENT_TYPES.notice.documentsToBring[0]}`);
    expect(message.text).toContain('https://regflow.example/booking/BX7K2M?token=abc');
    expect(message.sms).toContain('Reminder: your appointment to give notice of marriage or civil partnership is on Tuesday 5 July 2022 at 9:30am.');
  });
});

describe('rescheduledMessage', () => {
  it('confirms the new time and says what it was', () => {
    const message = rescheduledMessage({ ...appointment(), startsAt: '2022-11-01T10:00:00Z', endsAt: '2022-11-01T10:30:00Z', previousStartsAt: '2022-10-28T08:30:00Z' });

    expect(message.subject).toBe('Appointment changed: Birth registration, now Tuesday 1 November 2022 at 10am');
    expect(message.text).toContain('It is now on Tuesday 1 November 2022 at 10am. It was on Friday 28 October 2022 at 9:30am.');
    expect(message.text).toContain('Date and time: Tuesday 1 November 2022 at 10am');
    expect(message.sms).toContain('has moved to Tuesday 1 November 2022 at 10am.');
  });
});

describe('cancelledMessage', () => {
  it('says which appointment was cancelled and where to book again', () => {
    const message = cancelledMessage({ ...appointment(), bookingUrl: 'https://regflow.example/book' });

    expect(message.subject).toBe('Appointment cancelled: Birth registration, Tuesday 5 July 2022 at 9:30am');
    expect(message.text).toContain('Your appointment to register a birth on Tuesday 5 July 2022 at 9:30am has been cancelled.');
    expect(message.text).toContain('If you still need an appointment, book a new one: https://regflow.example/book');
    expect(message.text).not.toContain('token=abc');
    expect(message.sms).toBe('Your appointment to register a birth on Tuesday 5 July 2022 at 9:30am has been cancelled. Reference BX7K2M.');
  });
});

describe('escalationMessage', () => {
  const record = { reference: 'DX4Q9P', recordUrl: 'https://regflow.example/admin/#/appointments/1' };

  it.each<[string, EscalationInput, string, readonly string[]]>([
    [
      'a death not registered on day 4, with no appointment',
      { ...record, kind: 'death-not-registered', diedOn: '2022-07-01', appointmentStartsAt: null },
      'Death not yet registered, day 4: DX4Q9P',
      ['The death on Friday 1 July 2022 (reference DX4Q9P) has not been registered.', 'registered by Wednesday 6 July 2022.', 'No appointment is booked.'],
    ],
    [
      'a death not registered, with an appointment',
      { ...record, kind: 'death-not-registered', diedOn: '2022-07-01', appointmentStartsAt: '2022-07-06T13:00:00Z' },
      'Death not yet registered, day 4: DX4Q9P',
      ['An appointment is booked for Wednesday 6 July 2022 at 2pm.'],
    ],
    [
      'a birth approaching the 42-day limit',
      { ...record, kind: 'birth-approaching-limit', bornOn: '2022-05-01', appointmentStartsAt: null },
      'Birth not yet registered, 42-day limit on Sunday 12 June 2022: DX4Q9P',
      ['The birth on Sunday 1 May 2022 (reference DX4Q9P) has not been registered.', 'the last day is Sunday 12 June 2022.'],
    ],
    [
      'a notice period that has ended',
      { ...record, kind: 'notice-period-ended', noticeGivenOn: '2022-07-04', referred: false },
      'Notice period ended: DX4Q9P may now hold their ceremony',
      ['The 28-day notice period', 'from Tuesday 2 August 2022 until Monday 3 July 2023.'],
    ],
    [
      'a referred notice period that has ended',
      { ...record, kind: 'notice-period-ended', noticeGivenOn: '2022-07-04', referred: true },
      'Notice period ended: DX4Q9P may now hold their ceremony',
      ['The 70-day notice period', 'from Tuesday 13 September 2022 until Monday 3 July 2023.'],
    ],
    [
      'a notice nearing its 12 months with no ceremony',
      { ...record, kind: 'notice-expiring', noticeGivenOn: '2022-07-04' },
      'Notice expires on Monday 3 July 2023 with no ceremony: DX4Q9P',
      ['is valid until Monday 3 July 2023.', 'the couple must give notice again.'],
    ],
    [
      'a request whose recorded target deadline nears',
      { ...record, kind: 'offer-deadline-near', type: { name: 'Death registration' }, targetWorkingDays: 3, deadlineDay: '2022-07-05' },
      'No appointment offered yet, target Tuesday 5 July 2022: DX4Q9P',
      ['The death registration request DX4Q9P has not been offered an appointment.', 'within 3 working days: by Tuesday 5 July 2022.'],
    ],
  ])('%s', (_case, input, subject, lines) => {
    const message = escalationMessage(input);
    expect(message.subject).toBe(subject);
    for (const line of lines) expect(message.text).toContain(line);
    expect(message.text).toContain('Open the record: https://regflow.example/admin/#/appointments/1');
    expect(message.text).not.toContain('!');
  });

  it('alerts staff to a failed delivery with the message, the reference and the first line of the error', () => {
    const message = escalationMessage({
      ...record,
      kind: 'delivery-failed',
      message: 'reminder',
      messageKey: 'appointment-42-reminder',
      channel: 'email',
      attempts: 5,
      lastError: '550 5.1.1 mailbox unavailable\nat SMTPConnection._formatError (internal stack)',
    });

    expect(message.subject).toBe('Not delivered: reminder email for DX4Q9P');
    expect(message.text).toContain('We could not send the reminder email for reference DX4Q9P.');
    expect(message.text).toContain('Message: appointment-42-reminder');
    expect(message.text).toContain('Attempts: 5');
    expect(message.text).toContain('Last error: 550 5.1.1 mailbox unavailable');
    expect(message.text).not.toContain('SMTPConnection');
  });

  it('names a text message as one', () => {
    const message = escalationMessage({
      ...record,
      kind: 'delivery-failed',
      message: 'confirmation',
      messageKey: 'appointment-42-confirmation-sms',
      channel: 'sms',
      attempts: 3,
      lastError: '400 BadRequestError',
    });
    expect(message.subject).toBe('Not delivered: booking confirmation text message for DX4Q9P');
  });

  it('escapes the values in its HTML', () => {
    const message = escalationMessage({ kind: 'notice-expiring', noticeGivenOn: '2022-07-04', reference: '<i>X</i>', recordUrl: 'https://x.example/?a=1&b=2' });
    expect(message.html).not.toContain('<i>');
    expect(message.html).toContain('&lt;i&gt;X&lt;/i&gt;');
    expect(message.html).toContain('href="https://x.example/?a=1&amp;b=2"');
  });
});

describe('satisfactionMessage', () => {
  const question = (overrides: Partial<AppointmentMessageInput> = {}) =>
    satisfactionMessage({ ...appointment(overrides), satisfactionUrl: 'https://regflow.example/manage/BX7K2M/feedback?token=abc' });

  it('thanks the resident and asks one question through its link, which they need not answer', () => {
    const message = question();
    expect(message.subject).toBe('How was your appointment on Tuesday 5 July 2022?');
    expect(message.text).toContain('Thank you for your appointment to register a birth on Tuesday 5 July 2022.');
    expect(message.text).toContain('Tell us how we did: https://regflow.example/manage/BX7K2M/feedback?token=abc');
    expect(message.text).toContain('You do not have to answer.');
    expect(message.sms).toBe('Thank you for your appointment on Tuesday 5 July 2022. How did we do? One question: https://regflow.example/manage/BX7K2M/feedback?token=abc');
    for (const text of [message.subject, message.text, message.sms]) expect(text).not.toContain('!');
  });

  it('says sorry after a death', () => {
    expect(question({ type: DEFAULT_APPOINTMENT_TYPES.death }).text).toContain('We are sorry for your loss.');
  });
});
