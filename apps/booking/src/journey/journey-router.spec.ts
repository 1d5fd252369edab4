import express from 'express';
import { createBookingRouter } from '../booking-router';
import { FormSession } from '../testing/form-session';
import { InMemoryBooking } from '../testing/in-memory-booking';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the booking journeys', () => {
  let booking: InMemoryBooking;
  let browser: FormSession;

  beforeEach(() => {
    booking = new InMemoryBooking();
    browser = new FormSession(express().use(createBookingRouter({ booking, secret: 'a-test-secret-of-thirty-two-chars', secureCookies: false })));
  });

  /** Answers one page and returns where it led. */
  async function answer(path: string, fields: Record<string, string>): Promise<string> {
    const response = await browser.submit(path, fields);
    expect(response.status).toBe(303);
    return response.headers.location as string;
  }

  const date = (name: string, day: string) => {
    const [year, month, dayOfMonth] = day.split('-');
    return { [`${name}-day`]: dayOfMonth!, [`${name}-month`]: month!, [`${name}-year`]: year! };
  };

  async function throughToCheck(details: Record<string, string> = { name: 'Siân O’Brien-Jones', email: 'sian@example.org', phone: '' }): Promise<void> {
    expect(await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-06-20'))).toBe('/book/birth/babies');
    expect(await answer('/book/birth/babies', { babies: '2' })).toBe('/book/birth/appointment');
    expect(await answer('/book/birth/appointment', { slot: 's1~20220705T0900Z' })).toBe('/book/birth/details');
    expect(await answer('/book/birth/details', details)).toBe('/book/birth/check');
  }

  it('books a birth from the first question to the confirmation, with the answers the booking service needs', async () => {
    expect(await answer('/book', { type: 'birth' })).toBe('/book/birth');
    await throughToCheck();

    const check = await browser.get('/book/birth/check').expect(200);
    expect(textOf(check.text)).toMatch(/Date of birth Monday 20 June 2022[\s\S]*Number of babies 2[\s\S]*Tuesday 5 July 2022 at 10:00am[\s\S]*Redditch Register Office[\s\S]*Siân O’Brien-Jones/);
    expect(await answer('/book/birth/check', { submission: /name="submission" value="([^"]+)"/.exec(check.text)![1]! })).toBe('/book/confirmation');

    const confirmation = await browser.get('/book/confirmation').expect(200);
    expect(titleOf(confirmation.text)).toMatch(/^Appointment booked/);
    expect(textOf(confirmation.text)).toMatch(/REF-1[\s\S]*sent a confirmation email to sian@example\.org[\s\S]*Tuesday 5 July 2022 at 10:00am at Redditch Register Office[\s\S]*Proof of identity for each parent attending[\s\S]*reminder on Monday 4 July 2022 at 6:00pm/);
    expect(confirmation.text).toContain('href="/manage/REF-1/calendar.ics?token=');
    expect(booking.submissions).toEqual([expect.objectContaining({ type: 'birth', slotId: 's1~20220705T0900Z', eventDate: '2022-06-20', babies: 2, resident: { name: 'Siân O’Brien-Jones', email: 'sian@example.org' } })]);
  });

  it('shows each answer again after the back button or a reload, as the resident gave it', async () => {
    await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-06-20'));
    await answer('/book/birth/babies', { babies: '3' });

    expect((await browser.get('/book/birth/date-of-birth')).text).toMatch(/name="date-of-birth-day"[^>]*value="20"/);
    expect((await browser.get('/book/birth/babies')).text).toMatch(/name="babies"[^>]*value="3"/);
  });

  it.each([
    ['nothing', {}, 'Enter the date of birth', '#date-of-birth-day'],
    ['no month', { 'date-of-birth-day': '3', 'date-of-birth-year': '2022' }, 'Date of birth must include a month', '#date-of-birth-month'],
    ['31 February', date('date-of-birth', '2022-02-31'), 'Date of birth must be a real date', '#date-of-birth-day'],
    ['a date in the future', date('date-of-birth', '2022-07-05'), 'Date of birth must be today or in the past', '#date-of-birth-day'],
  ])('redisplays the date of birth with an error linked to its field for %s', async (_case, fields, message, href) => {
    const response = await browser.submit('/book/birth/date-of-birth', fields);

    expect(response.status).toBe(400);
    expect(titleOf(response.text)).toMatch(/^Error: What is the baby’s date of birth\?/);
    expect(response.text).toContain(`<a href="${href}">${message}</a>`);
  });

  it('explains late registration, and stops a birth over 12 months old with who to call', async () => {
    expect(await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-05-01'))).toBe('/book/birth/about/birth-after-42-days');
    expect((await browser.get('/book/birth/about/birth-after-42-days')).text).toMatch(/href="\/book\/birth\/babies"[^>]*>\s*Continue/);
    expect(await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-03-01'))).toBe('/book/birth/about/birth-after-3-months');

    expect(await answer('/book/birth/date-of-birth', date('date-of-birth', '2021-07-03'))).toBe('/book/birth/stop/birth-after-12-months');
    const stop = await browser.get('/book/birth/stop/birth-after-12-months').expect(200);
    expect(textOf(stop.text)).toMatch(/Registrar General[\s\S]*Redditch Register Office: 01527 000 001/);
    expect((await browser.get('/book/birth/appointment')).headers.location).toBe('/book/birth/stop/birth-after-12-months');
  });

  it('does not book a still-birth before the certificate, and starts the clock when the resident says they have it', async () => {
    expect(await answer('/book/still-birth/certificate-of-still-birth', { 'certificate-of-still-birth': 'no' })).toBe('/book/still-birth/stop/still-birth-certificate');
    booking.clock = '2022-07-04T11:15:00.000Z';
    expect(await answer('/book/still-birth/certificate-of-still-birth', { 'certificate-of-still-birth': 'yes' })).toBe('/book/still-birth/appointment');
    await answer('/book/still-birth/appointment', { slot: 's2~20220706T1300Z' });
    await answer('/book/still-birth/details', { name: 'Ann Lee', email: 'ann@example.org', phone: '' });
    await answer('/book/still-birth/check', {});

    expect(booking.submissions[0]).toEqual(expect.objectContaining({ type: 'still-birth', paperworkReadyAt: '2022-07-04T11:15:00.000Z' }));
  });

  it('stops a death referred to the coroner, and books Tell Us Once for one that is not', async () => {
    await answer('/book/death/date-of-death', date('date-of-death', '2022-07-02'));
    await answer('/book/death/medical-certificate', { 'medical-certificate': 'yes' });
    expect(await answer('/book/death/coroner', { coroner: 'yes' })).toBe('/book/death/stop/coroner');
    expect(textOf((await browser.get('/book/death/stop/coroner')).text)).toContain('Do not book until the coroner’s office contacts you');

    expect(await answer('/book/death/coroner', { coroner: 'no' })).toBe('/book/death/tell-us-once');
    await answer('/book/death/tell-us-once', { 'tell-us-once': 'yes' });
    await answer('/book/death/appointment', { slot: 's1~20220705T0930Z' });
    await answer('/book/death/details', { name: 'Tom Price', email: 'tom@example.org', phone: '' });
    await answer('/book/death/check', {});

    expect(booking.submissions[0]).toEqual(expect.objectContaining({ type: 'death', eventDate: '2022-07-02', tellUsOnce: true }));
  });

  it('books a notice for someone subject to immigration control at the designated sessions, and turns away someone living elsewhere', async () => {
    expect(await answer('/book/notice/residence', { residence: 'elsewhere' })).toBe('/book/notice/stop/notice-elsewhere');
    await answer('/book/notice/residence', { residence: 'here' });
    expect(await answer('/book/notice/immigration-control', { 'immigration-control': 'yes' })).toBe('/book/notice/about/designated-notice');
    const asked: string[] = [];
    const availability = booking.availability.bind(booking);
    booking.availability = (query) => (asked.push(query.type), availability(query));

    await browser.get('/book/notice/appointment').expect(200);
    await answer('/book/notice/appointment', { slot: 's2~20220706T1300Z' });
    await answer('/book/notice/details', { name: 'Zhang Wei', email: 'zw@example.org', phone: '' });
    await answer('/book/notice/check', {});

    expect(asked[0]).toBe('notice-referred');
    expect(booking.submissions[0]?.type).toBe('notice-referred');
  });

  it('makes one booking when the resident presses "Book appointment" twice', async () => {
    await throughToCheck();
    const check = await browser.get('/book/birth/check');
    const key = /name="submission" value="([^"]+)"/.exec(check.text)![1]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(check.text)![1]!;

    const [first, second] = [await browser.agent.post('/book/birth/check').type('form').send({ submission: key, _csrf: token }), await browser.agent.post('/book/birth/check').type('form').send({ submission: key, _csrf: token })];

    expect([first.headers.location, second.headers.location]).toEqual(['/book/confirmation', '/book/confirmation']);
    expect(booking.bookings.size).toBe(1);
  });

  it('sends the resident back to choose again when their time is taken before they book', async () => {
    await throughToCheck();
    booking.offered = booking.offered.filter((slot) => slot.id !== 's1~20220705T0900Z');

    expect(await answer('/book/birth/check', {})).toBe('/book/birth/appointment');
    const page = await browser.get('/book/birth/appointment');
    expect(textOf(page.text)).toContain('the time you chose has just been booked by someone else');
    expect(booking.bookings.size).toBe(0);
  });

  it('asks for an email address, or a mobile number when text messages can be sent, and a phone for a telephone appointment', async () => {
    await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-06-20'));
    await answer('/book/birth/babies', { babies: '1' });
    await answer('/book/birth/appointment', { slot: 's1~20220705T0900Z' });

    const withoutEmail = await browser.submit('/book/birth/details', { name: 'Ann Lee', email: '', phone: '07700 900982' });
    expect(withoutEmail.status).toBe(400);
    expect(withoutEmail.text).toContain('<a href="#email">Enter your email address</a>');

    booking.textMessages = true;
    expect(await answer('/book/birth/details', { name: 'Ann Lee', email: '', phone: '07700 900982' })).toBe('/book/birth/check');
    const noContact = await browser.submit('/book/birth/details', { name: 'Ann Lee', email: '', phone: '' });
    expect(noContact.text).toContain('Enter an email address or a mobile number');
  });

  it('shows the suspension’s message and who to call instead of times while online booking of a type is paused', async () => {
    await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-06-20'));
    await answer('/book/birth/babies', { babies: '1' });
    booking.change('birth', { suspendedMessage: 'Online birth booking is paused until 25 July: please phone us.' });

    const page = await browser.get('/book/birth/appointment').expect(200);

    expect(textOf(page.text)).toMatch(/Online birth booking is paused until 25 July: please phone us\.[\s\S]*Redditch Register Office: 01527 000 001/);
    expect(page.text).not.toContain('name="slot"');
  });

  it('sends a resident who skips ahead back to the first unanswered question', async () => {
    expect((await browser.get('/book/death/check')).headers.location).toBe('/book/death/date-of-death');
  });

  it('shows the first page of times for a "from" that is not a real day, and refuses a date of death before the calendar', async () => {
    await answer('/book/birth/date-of-birth', date('date-of-birth', '2022-06-20'));
    await answer('/book/birth/babies', { babies: '1' });

    for (const from of ['2027-02-30', '9999-01-01', 'yesterday', '']) {
      const page = await browser.get(`/book/birth/appointment?from=${from}&office=${'x'.repeat(80)}`).expect(200);
      expect(page.text).toContain('Choose an appointment');
    }
    const early = await browser.submit('/book/death/date-of-death', date('date-of-death', '1999-12-31'));
    expect(early.status).toBe(400);
    expect(early.text).toMatch(/Date of death must be in 20\d\d or later/);
  });

  it('sends the resident back to the appointment page, which says why, when online booking is suspended before they book', async () => {
    await throughToCheck();
    booking.change('birth', { suspendedMessage: 'Online birth booking is paused: please phone us.' });

    expect(await answer('/book/birth/check', {})).toBe('/book/birth/appointment');
    expect(textOf((await browser.get('/book/birth/appointment').expect(200)).text)).toContain('Online birth booking is paused: please phone us.');
    expect(booking.bookings.size).toBe(0);
  });

  it('shows the confirmation only while the booking stands, and a stop page only to a resident whose answer leads there', async () => {
    await throughToCheck();
    await answer('/book/birth/check', {});
    const [booked] = [...booking.bookings.values()];
    await booking.cancel(booked!.reference, booked!.manageToken);

    expect((await browser.get('/book/confirmation')).headers.location).toBe(`/manage/${booked!.reference}?token=${booked!.manageToken}`);
    expect((await browser.get('/book/death/stop/coroner')).headers.location).toBe('/book/death/date-of-death');
  });

  it('returns to the check page after a time changed from it, even after paging or filtering the times', async () => {
    await throughToCheck();

    const changing = await browser.get('/book/birth/appointment?change=check').expect(200);
    expect(changing.text).toContain('name="change" value="check"');
    expect(await answer('/book/birth/appointment?office=office-worcester&change=check', { slot: 's2~20220706T1300Z' })).toBe('/book/birth/check');
    expect(textOf((await browser.get('/book/birth/check')).text)).toContain('Wednesday 6 July 2022 at 2:00pm');
  });
});
