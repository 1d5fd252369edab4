import { ComplianceEvent } from './compliance-event';
import { EVENTS_CSV_COLUMNS, parseEventsCsvHeader, parseEventsCsvLine, splitCsvRecord } from './events-csv';

const HEADER = EVENTS_CSV_COLUMNS.join(',');
const header = parseEventsCsvHeader(HEADER);

describe('splitCsvRecord', () => {
  it.each([
    ['plain fields', 'a,b,c', ['a', 'b', 'c']],
    ['empty fields', 'a,,c,', ['a', '', 'c', '']],
    ['a quoted field with a comma', '"Smith, John",b', ['Smith, John', 'b']],
    ['a quoted field with doubled quotes', '"say ""hello""",b', ['say "hello"', 'b']],
    ['an empty quoted field', '"",b,""', ['', 'b', '']],
    ['a quoted last field followed by a comma', 'a,"b",', ['a', 'b', '']],
    ['a CRLF line ending', 'a,b\r', ['a', 'b']],
  ])('%s', (_case, line, expected) => {
    expect(splitCsvRecord(line, 3)).toEqual(expected);
  });

  it.each([
    ['an unclosed quote', 'a,"b,c', /^line 7: field 2 opens a quote that is not closed/],
    ['text after a closing quote', '"a"b,c', /^line 7: field 1 has text after its closing quote/],
    ['a quote inside an unquoted field', 'a,b"c', /^line 7: field 2 has a " but does not start with one/],
  ])('refuses %s', (_case, line, message) => {
    expect(() => splitCsvRecord(line, 7)).toThrow(message);
  });
});

describe('parseEventsCsvHeader', () => {
  it('reads the columns in any order, in any case, after a byte-order mark, ignoring others', () => {
    const shuffled = parseEventsCsvHeader('\uFEFFType,ID,notes,coroner_referred,event_date,registered_at,appointment_at,first_offer_at,paperwork_ready_at,requested_at');
    expect(shuffled.fieldCount).toBe(10);
    expect(shuffled.positions).toEqual({
      type: 0,
      id: 1,
      coroner_referred: 3,
      event_date: 4,
      registered_at: 5,
      appointment_at: 6,
      first_offer_at: 7,
      paperwork_ready_at: 8,
      requested_at: 9,
      target_working_days: -1,
    });
  });

  it.each([
    ['missing columns', 'id,type,requested_at', /^line 1: the header lacks paperwork_ready_at, first_offer_at, appointment_at, event_date, registered_at, coroner_referred: the first line must name the columns id,type,/],
    ['a data row for a header', 'b1,birth,2022-07-06T10:00:00Z,,,,,,', /^line 1: the header lacks id, type,/],
    ['a column twice', `${HEADER},type`, /^line 1: the header names "type" twice/],
  ])('refuses %s', (_case, line, message) => {
    expect(() => parseEventsCsvHeader(line)).toThrow(message);
    expect(() => parseEventsCsvHeader(line)).toThrow(expect.objectContaining({ code: 'invalid-events-csv' }));
  });
});

describe('parseEventsCsvLine', () => {
  it.each<[string, string, ComplianceEvent]>([
    [
      'a birth request with its first offer',
      'b1,birth,2022-07-06T10:00:00Z,,2022-07-08T09:00:00+01:00,2022-07-11T09:00:00Z,,,',
      { id: 'b1', type: 'birth', requestedAt: new Date('2022-07-06T10:00:00Z'), paperworkReadyAt: null, firstOfferAt: new Date('2022-07-08T09:00:00+01:00'), appointmentAt: new Date('2022-07-11T09:00:00Z'), eventDate: null, registeredAt: null, coronerReferred: false },
    ],
    [
      'a still-birth with its paperwork time',
      's1,still-birth,2022-07-04T09:00:00Z,2022-07-06T10:00:00Z,,,,,',
      { id: 's1', type: 'still-birth', requestedAt: new Date('2022-07-04T09:00:00Z'), paperworkReadyAt: new Date('2022-07-06T10:00:00Z'), firstOfferAt: null, appointmentAt: null, eventDate: null, registeredAt: null, coronerReferred: false },
    ],
    [
      'a death referred to the coroner, with spaces and CRLF',
      ' d1 , death ,,,,, 2021-12-01 , 2021-12-20T10:00:00Z , TRUE \r',
      { id: 'd1', type: 'death', requestedAt: null, paperworkReadyAt: null, firstOfferAt: null, appointmentAt: null, eventDate: '2021-12-01', registeredAt: new Date('2021-12-20T10:00:00Z'), coronerReferred: true },
    ],
    [
      'quoted fields, one with a comma and quotes in the id',
      '"c1, ""Smith""","ceremony","","","","2021-10-02T13:00:00Z","","","no"',
      { id: 'c1, "Smith"', type: 'ceremony', requestedAt: null, paperworkReadyAt: null, firstOfferAt: null, appointmentAt: new Date('2021-10-02T13:00:00Z'), eventDate: null, registeredAt: null, coronerReferred: false },
    ],
    [
      'a notice at a designated office',
      'n1,notice-referred,2022-05-30T10:00:00Z,,,,,,0',
      { id: 'n1', type: 'notice-referred', requestedAt: new Date('2022-05-30T10:00:00Z'), paperworkReadyAt: null, firstOfferAt: null, appointmentAt: null, eventDate: null, registeredAt: null, coronerReferred: false },
    ],
  ])('reads %s', (_case, line, expected) => {
    expect(parseEventsCsvLine(line, 2, header)).toEqual(expected);
  });

  it('reads the columns where its header put them', () => {
    const reordered = parseEventsCsvHeader('type,registered_at,event_date,id,coroner_referred,requested_at,paperwork_ready_at,first_offer_at,appointment_at');
    expect(parseEventsCsvLine('death,2021-12-06T12:00:00Z,2021-12-01,d9,yes,,,,', 2, reordered)).toMatchObject({
      id: 'd9',
      type: 'death',
      eventDate: '2021-12-01',
      registeredAt: new Date('2021-12-06T12:00:00Z'),
      coronerReferred: true,
    });
  });

  it('reads a target in working days when the file gives one, and leaves it to the type when empty', () => {
    const withTarget = parseEventsCsvHeader(`${HEADER},target_working_days`);
    expect(parseEventsCsvLine('b1,birth,2022-07-06T10:00:00Z,,,,,,,3', 2, withTarget)).toMatchObject({ id: 'b1', targetWorkingDays: 3 });
    expect(parseEventsCsvLine('b2,birth,2022-07-06T10:00:00Z,,,,,,,', 2, withTarget)).not.toHaveProperty('targetWorkingDays');
    expect(() => parseEventsCsvLine('b3,birth,2022-07-06T10:00:00Z,,,,,,,five', 7, withTarget)).toThrow(
      /^line 7, column target_working_days: "five" is not a number of working days: write a whole number from 0 to 60/,
    );
  });

  it.each(['', '   ', '\r'])('skips a blank line %j', (line) => {
    expect(parseEventsCsvLine(line, 9, header)).toBeNull();
  });

  it.each([
    ['too few fields', 'b1,birth,2022-07-06T10:00:00Z', /^line 12: 3 fields where the header names 9: put any field that contains a comma in double quotes$/],
    ['an unquoted comma', 'b1,birth,2022-07-06T10:00:00Z,,,,,,,Smith, John', /^line 12: 11 fields where the header names 9/],
    ['an unknown type', 'b1,marriage,2022-07-06T10:00:00Z,,,,,,', /^line 12, column type: "marriage" is not an event type: use birth, still-birth, death, notice, notice-referred, ceremony$/],
    ['no id', ',birth,2022-07-06T10:00:00Z,,,,,,', /^line 12, column id: the id is empty: give each row an id$/],
    ['an instant with no offset', 'b1,birth,2022-07-06T10:00:00,,,,,,', /^line 12, column requested_at: "2022-07-06T10:00:00" is not an instant with an offset: write ISO 8601 with Z or an offset, e.g. 2022-06-30T23:30:00Z, or leave it empty$/],
    ['an instant that does not exist', 'b1,birth,2022-07-06T10:00:00Z,,2022-02-30T10:00:00Z,,,,', /^line 12, column first_offer_at: "2022-02-30T10:00:00Z" is not an instant/],
    ['a British date of death', 'd1,death,,,,,01/12/2021,2021-12-06T10:00:00Z,', /^line 12, column event_date: "01\/12\/2021" is not a date: write it as yyyy-mm-dd/],
    ['a coroner flag that is not yes or no', 'd1,death,,,,,2021-12-01,2021-12-06T10:00:00Z,maybe', /^line 12, column coroner_referred: "maybe" is not yes or no: write true or false \(empty means false\)$/],
  ])('refuses %s, naming the line and the column', (_case, line, message) => {
    expect(() => parseEventsCsvLine(line, 12, header)).toThrow(message);
    expect(() => parseEventsCsvLine(line, 12, header)).toThrow(expect.objectContaining({ code: 'invalid-events-csv' }));
  });
});
