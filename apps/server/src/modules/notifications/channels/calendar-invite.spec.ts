import { calendarContentType, calendarInvite, CalendarInviteInput } from './calendar-invite';

/** The event's properties, with folded lines joined (RFC 5545 §3.1). */
function eventProperties(ics: string): Map<string, string> {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  return new Map(event.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

const INVITE: CalendarInviteInput = {
  uid: 'appointment-42@regflow.local',
  title: 'Birth registration',
  startsAt: new Date('2022-07-05T08:30:00Z'),
  endsAt: new Date('2022-07-05T09:00:00Z'),
  location: 'Worcester Register Office, The Guildhall, High Street',
  description: 'Reference BX7K2M',
  sequence: 0,
  revisedAt: new Date('2022-07-01T10:00:00Z'),
};

describe(calendarInvite.name, () => {
  it('writes one published event in UTC with the appointment’s place and reference', () => {
    const ics = calendarInvite(INVITE);
    const event = eventProperties(ics);

    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:PUBLISH\r\n');
    expect(event.get('UID')).toBe('appointment-42@regflow.local');
    expect(event.get('SUMMARY')).toBe('Birth registration');
    expect(event.get('DTSTART')).toBe('20220705T083000Z');
    expect(event.get('DTEND')).toBe('20220705T090000Z');
    expect(event.get('LOCATION')).toBe('Worcester Register Office\\, The Guildhall\\, High Street');
    expect(event.get('DESCRIPTION')).toBe('Reference BX7K2M');
    expect(event.get('STATUS')).toBe('CONFIRMED');
    expect(event.get('SEQUENCE')).toBe('0');
    expect(event.get('DTSTAMP')).toBe('20220701T100000Z');
    expect(calendarContentType(INVITE)).toBe('text/calendar; charset=utf-8; method=PUBLISH');
  });

  it.each([
    ['a winter appointment at 9:30am GMT', '2022-12-06T09:30:00Z', '20221206T093000Z'],
    ['the Monday after the clocks go forward, 9am BST', '2022-03-28T08:00:00Z', '20220328T080000Z'],
    ['the Monday after the clocks go back, 9am GMT', '2022-10-31T09:00:00Z', '20221031T090000Z'],
  ])('keeps %s in UTC', (_case, startsAt, expected) => {
    const start = new Date(startsAt);
    const event = eventProperties(calendarInvite({ ...INVITE, startsAt: start, endsAt: new Date(start.getTime() + 30 * 60_000) }));
    expect(event.get('DTSTART')).toBe(expected);
  });

  it('keeps the UID of a moved appointment and gives the new version a higher sequence, so calendars replace it', () => {
    const first = eventProperties(calendarInvite(INVITE));
    const moved = eventProperties(
      calendarInvite({ ...INVITE, startsAt: new Date('2022-07-07T09:00:00Z'), endsAt: new Date('2022-07-07T09:30:00Z'), sequence: 1 }),
    );

    expect(moved.get('UID')).toBe(first.get('UID'));
    expect(Number(moved.get('SEQUENCE'))).toBeGreaterThan(Number(first.get('SEQUENCE')));
    expect(moved.get('DTSTART')).toBe('20220707T090000Z');
  });

  it('gives a telephone appointment no location', () => {
    expect(eventProperties(calendarInvite({ ...INVITE, location: null })).has('LOCATION')).toBe(false);
  });

  it('withdraws a cancelled appointment with METHOD:CANCEL, the same UID and a higher sequence, and says so in its content type', () => {
    const cancellation = { ...INVITE, sequence: 1, cancelled: true };
    const ics = calendarInvite(cancellation);
    const event = eventProperties(ics);

    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).not.toContain('METHOD:PUBLISH');
    expect(event.get('STATUS')).toBe('CANCELLED');
    expect(event.get('UID')).toBe(INVITE.uid);
    expect(Number(event.get('SEQUENCE'))).toBeGreaterThan(Number(eventProperties(calendarInvite(INVITE)).get('SEQUENCE')));
    expect(calendarContentType(cancellation)).toBe('text/calendar; charset=utf-8; method=CANCEL');
  });
});
