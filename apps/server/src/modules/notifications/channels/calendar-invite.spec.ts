import { calendarInvite, CalendarInviteInput } from './calendar-invite';

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
      calendarInvite({ ...INVITE, startsAt: new Date('2022-07-07T09:00:00Z'), endsAt: new Date('2022-07-07T09:30:00Z'), revisedAt: new Date('2022-07-02T15:00:00Z') }),
    );

    expect(moved.get('UID')).toBe(first.get('UID'));
    expect(Number(moved.get('SEQUENCE'))).toBeGreaterThan(Number(first.get('SEQUENCE')));
    expect(moved.get('DTSTART')).toBe('20220707T090000Z');
  });

  it('gives a telephone appointment no location and marks a cancelled one cancelled', () => {
    const event = eventProperties(calendarInvite({ ...INVITE, location: null, cancelled: true }));
    expect(event.has('LOCATION')).toBe(false);
    expect(event.get('STATUS')).toBe('CANCELLED');
  });
});
