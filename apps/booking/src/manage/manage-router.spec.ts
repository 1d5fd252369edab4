import express from 'express';
import request from 'supertest';
import type { ResidentBooking } from '../booking-port';
import { createBookingRouter } from '../booking-router';
import { FormSession, formTokenOf } from '../testing/form-session';
import { InMemoryBooking } from '../testing/in-memory-booking';
import { manageRouter } from './manage-router';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
const SERVICE_TITLE = ' – Book a registration appointment';

describe(manageRouter.name, () => {
  let booking: InMemoryBooking;
  let app: express.Express;
  let session: FormSession;
  let booked: ResidentBooking;
  let links: { view: string; change: string; cancel: string; calendar: string; feedback: string };

  /** Changes the booking as the service would (a later clock, an opened satisfaction question). */
  const alter = (change: Partial<ResidentBooking>) => booking.bookings.set(booked.reference, { ...booking.bookings.get(booked.reference)!, ...change });
  const current = () => booking.bookings.get(booked.reference)!;

  beforeEach(async () => {
    booking = new InMemoryBooking();
    app = express().use(createBookingRouter({ booking, secret: 'x'.repeat(32), secureCookies: false }));
    session = new FormSession(app);
    // Tuesday 5 July 2022 at 10:00am London time, at Redditch; the clock is the day before at 11:00am.
    booked = await booking.book({ type: 'birth', slotId: 's1~20220705T0900Z', resident: { name: 'Ada Lovelace', email: 'ada@example.com' }, idempotencyKey: 'first' });
    const base = `/manage/${booked.reference}`;
    const token = `token=${booked.manageToken}`;
    links = { view: `${base}?${token}`, change: `${base}/change?${token}`, cancel: `${base}/cancel?${token}`, calendar: `${base}/calendar.ics?${token}`, feedback: `${base}/feedback?${token}` };
  });

  it('shows the appointment: what, when, where, what to bring, the calendar file and the links to change or cancel it', async () => {
    const response = await session.get(links.view).expect(200).expect('Cache-Control', 'no-store');

    expect(titleOf(response.text)).toBe(`Your appointment${SERVICE_TITLE}`);
    expect(response.text.match(/<h1/g)).toHaveLength(1);
    expect(response.text).toMatch(new RegExp(['REF-1', 'Register a birth', 'Tuesday 5 July 2022 at 10:00am', 'Redditch Register Office', 'Town Hall, Walter Stranz Square', 'Booked'].join('[\\s\\S]*?')));
    expect(response.text).toContain('Proof of identity for each parent attending');
    expect(response.text).toContain(`href="${links.calendar}"`);
    expect(response.text).toMatch(new RegExp(`href="${links.change.replace('?', '\\?')}">Change your appointment`));
    expect(response.text).toMatch(new RegExp(`href="${links.cancel.replace('?', '\\?')}">Cancel your appointment`));
    expect(response.text).not.toContain('Tell us how your appointment went');
  });

  it('says to call instead of offering changes once the appointment is inside its minimum notice', async () => {
    alter({ changeableUntil: '2022-07-04T09:00:00.000Z' });

    const view = await session.get(links.view).expect(200);

    expect(view.text).toContain('You cannot change or cancel this appointment online because it is less than 24 hours away.');
    expect(view.text).toContain('href="tel:01527000001"');
    expect(view.text).not.toContain('Change your appointment');
    expect(view.text).not.toContain('Cancel your appointment');
    await session.get(links.change).expect(303).expect('Location', links.view);
    await session.get(links.cancel).expect(303).expect('Location', links.view);
  });

  it.each([
    ['a wrong token', (reference: string) => `/manage/${reference}?token=not-the-token`],
    ['no token', (reference: string) => `/manage/${reference}`],
    ['an unknown reference', () => '/manage/REF-999?token=token-first'],
    ['a wrong token on the change page', (reference: string) => `/manage/${reference}/change?token=nope`],
    ['a wrong token for the calendar file', (reference: string) => `/manage/${reference}/calendar.ics?token=nope`],
  ])('answers %s with the same "link not valid" page (404), never showing the booking', async (_case, path) => {
    const response = await request(app).get(path(booked.reference)).expect(404).expect('Content-Type', /html/);

    expect(titleOf(response.text)).toBe(`This link to your appointment is not valid${SERVICE_TITLE}`);
    expect(response.text).toContain('Check you used the full link from your confirmation email, or call the register office.');
    expect(response.text).not.toContain('Ada Lovelace');
    expect(response.text).not.toContain('Tuesday 5 July 2022');
  });

  it('changes the appointment to the time chosen and confirms it on the appointment page', async () => {
    const page = await session.get(links.change).expect(200);
    expect(titleOf(page.text)).toBe(`Choose a new time for your appointment${SERVICE_TITLE}`);
    expect(page.text).toContain('Your appointment is booked for Tuesday 5 July 2022 at 10:00am at Redditch Register Office.');
    expect(page.text).toContain('value="s2~20220706T1300Z"');
    expect(page.text).toContain(`action="${links.change}"`);
    expect(page.text).toContain(`name="token" value="${booked.manageToken}"`);

    const changed = await session.submit(links.change, { slot: 's2~20220706T1300Z' });

    expect(changed.status).toBe(303);
    expect(changed.headers.location).toBe(`${links.view}&done=changed`);
    expect(current()).toMatchObject({ officeId: 'office-worcester', startsAt: '2022-07-06T13:00:00.000Z' });
    const view = await session.get(changed.headers.location!).expect(200);
    expect(view.text).toMatch(/govuk-notification-banner--success[\s\S]*Your appointment has been changed to Wednesday 6 July 2022 at 2:00pm at Worcester Register Office/);
  });

  it('asks again, with an error summary linking to the first time, when no time is chosen', async () => {
    const response = await session.submit(links.change);

    expect(response.status).toBe(400);
    expect(titleOf(response.text)).toBe(`Error: Choose a new time for your appointment${SERVICE_TITLE}`);
    expect(response.text).toMatch(/govuk-error-summary[\s\S]*<a href="#slot-2022-07-05-0">Select a new time for your appointment<\/a>/);
    expect(response.text).toContain('id="slot-2022-07-05-0"');
    expect(response.text).toMatch(/govuk-form-group--error[\s\S]*id="slot-2022-07-05-0-error"[^>]*>\s*<span class="govuk-visually-hidden">Error:<\/span> Select a new time for your appointment/);
    expect(response.text.match(/govuk-error-message/g)).toHaveLength(1);
    expect(current().startsAt).toBe(booked.startsAt);
  });

  it('keeps the appointment and asks for another time when the chosen one has just been taken', async () => {
    const page = await session.get(links.change).expect(200);
    await booking.book({ type: 'birth', slotId: 's2~20220706T1300Z', resident: { name: 'Grace Hopper', email: 'grace@example.com' }, idempotencyKey: 'second' });

    const response = await session.agent.post(links.change).type('form').send({ slot: 's2~20220706T1300Z', _csrf: formTokenOf(page.text) }).expect(409);

    expect(response.text).toContain('That time has just been taken. Choose another time.');
    expect(response.text).not.toContain('value="s2~20220706T1300Z"');
    expect(current().startsAt).toBe(booked.startsAt);
  });

  it.each([
    ['cancelled', { status: 'cancelled' }],
    ['inside its minimum notice', { changeableUntil: '2022-07-04T09:00:00.000Z' }],
  ] as const)('sends a change to a booking that is %s back to the appointment page, changing nothing', async (_case, change) => {
    const page = await session.get(links.change).expect(200);
    alter(change);
    const send = (fields: Record<string, string>) => session.agent.post(links.change).type('form').send({ ...fields, _csrf: formTokenOf(page.text) });

    await send({}).expect(303).expect('Location', links.view);
    await send({ slot: 's2~20220706T1300Z' }).expect(303).expect('Location', links.view);

    expect(current()).toMatchObject({ ...change, startsAt: booked.startsAt, officeId: booked.officeId });
  });

  it('sends a cancellation inside the minimum notice back to the appointment page, keeping the appointment', async () => {
    const page = await session.get(links.cancel).expect(200);
    alter({ changeableUntil: '2022-07-04T09:00:00.000Z' });

    await session.agent.post(links.cancel).type('form').send({ _csrf: formTokenOf(page.text) }).expect(303).expect('Location', links.view);

    expect(current().status).toBe('booked');
  });

  it('asks before cancelling, then cancels and shows the appointment as cancelled', async () => {
    const confirm = await session.get(links.cancel).expect(200);
    expect(titleOf(confirm.text)).toBe(`Are you sure you want to cancel your appointment?${SERVICE_TITLE}`);
    expect(confirm.text).toContain('Your appointment is on Tuesday 5 July 2022 at 10:00am at Redditch Register Office.');
    expect(confirm.text).toMatch(/govuk-button--warning[^>]*>\s*Yes, cancel my appointment/);
    expect(confirm.text).toContain(`href="${links.view}">No, keep my appointment`);

    const cancelled = await session.submit(links.cancel);

    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.location).toBe(`${links.view}&done=cancelled`);
    expect(current().status).toBe('cancelled');
    const view = await session.get(cancelled.headers.location!).expect(200);
    expect(view.text).toMatch(/govuk-notification-banner--success[\s\S]*Your appointment has been cancelled/);
    expect(view.text).toContain('This appointment has been cancelled.');
    expect(view.text).toContain('href="/book">Book a new appointment');
    expect(view.text).not.toContain('Change your appointment');
  });

  it('serves the calendar file as an attachment no one keeps a copy of', async () => {
    const response = await request(app).get(links.calendar).expect(200);

    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="appointment-REF-1.ics"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toContain('BEGIN:VCALENDAR');
  });

  it('records the answer to the satisfaction question and thanks the resident', async () => {
    alter({ satisfaction: 'open' });
    expect((await session.get(links.view).expect(200)).text).toContain(`href="${links.feedback}">Tell us how your appointment went`);
    const page = await session.get(links.feedback).expect(200);
    expect(titleOf(page.text)).toBe(`Overall, how did you feel about the service you received at your appointment?${SERVICE_TITLE}`);
    expect(page.text).toMatch(/Very good[\s\S]*Good[\s\S]*Neither good nor poor[\s\S]*Poor[\s\S]*Very poor/);

    const answered = await session.submit(links.feedback, { rating: 'good', comment: 'Kind and quick.' });

    expect(answered.status).toBe(303);
    expect(answered.headers.location).toBe(links.feedback);
    expect(booking.answers).toEqual([{ reference: booked.reference, answer: { rating: 'good', comment: 'Kind and quick.' } }]);
    const thanks = await session.get(answered.headers.location!).expect(200);
    expect(titleOf(thanks.text)).toBe(`Thank you for your feedback${SERVICE_TITLE}`);
  });

  it('asks again with errors linking to the fields when no rating is chosen or the comment is too long', async () => {
    alter({ satisfaction: 'open' });

    const response = await session.submit(links.feedback, { comment: 'x'.repeat(1001) });

    expect(response.status).toBe(400);
    expect(response.text).toContain('<a href="#rating">Select how you felt about the service you received</a>');
    expect(response.text).toContain('<a href="#comment">Your comments must be 1000 characters or fewer</a>');
    expect(response.text).toContain('x'.repeat(1001));
    expect(booking.answers).toEqual([]);
  });

  it('says feedback is not available before the question is open', async () => {
    const response = await session.get(links.feedback).expect(404);

    expect(titleOf(response.text)).toBe(`You cannot give feedback on this appointment${SERVICE_TITLE}`);
  });

  it('refuses a form sent without its forgery token (403) and leaves the booking as it was', async () => {
    await session.get(links.cancel).expect(200);

    await session.agent.post(links.cancel).type('form').send({}).expect(403);

    expect(current().status).toBe('booked');
  });
});
