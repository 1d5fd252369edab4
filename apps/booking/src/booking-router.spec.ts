import express from 'express';
import request from 'supertest';
import { createBookingRouter } from './booking-router';
import { FormSession, formTokenOf } from './testing/form-session';
import { InMemoryBooking, onlineType } from './testing/in-memory-booking';

function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe(createBookingRouter.name, () => {
  let booking: InMemoryBooking;
  let app: express.Express;

  beforeEach(() => {
    booking = new InMemoryBooking();
    app = express().use(createBookingRouter({ booking, secret: 'a-test-secret-of-thirty-two-chars', secureCookies: false }));
  });

  it('lists the services residents can book and their working-day targets on the start page', async () => {
    const response = await request(app).get('/').expect(200).expect('Content-Type', /html/);

    expect(response.text).toContain('<html lang="en"');
    expect(response.text).toContain('href="#main-content"');
    expect(response.text).toMatch(
      new RegExp(
        [
          'Register a birth', '5 working days', 'Within 42 days of the birth',
          'Register a still-birth', '2 working days',
          'Register a death', '2 working days', 'Within 5 days of the death',
          'Give notice of marriage or civil partnership', '10 working days',
        ].join('[\\s\\S]*?'),
      ),
    );
    expect(response.text).toMatch(/<a href="\/book"[^>]*govuk-button--start/);
  });

  it('says on the start page that nothing can be booked online when the service offers no type', async () => {
    booking.types = [];

    const response = await request(app).get('/').expect(200);

    expect(response.text).toContain('No appointments can be booked online at the moment');
    expect(response.text).not.toContain('govuk-button--start');
  });

  it('asks what the resident needs to register, one radio per online service', async () => {
    const response = await request(app).get('/book').expect(200);

    expect(titleOf(response.text)).toMatch(/^What do you need to register\?/);
    expect(response.text.match(/type="radio"/g)).toHaveLength(4);
    expect(response.text).toContain('id="type" name="type" type="radio" value="birth"');
    expect(response.text).not.toContain('govuk-error-summary');
  });

  it('offers no radio for a type the service no longer books online', async () => {
    booking.types = booking.types.filter((type) => type.code !== 'notice');

    const response = await request(app).get('/book').expect(200);

    expect(response.text.match(/type="radio"/g)).toHaveLength(3);
    expect(response.text).not.toContain('value="notice"');
    await request(app).get('/book/notice').expect(404);
  });

  it.each([
    ['nothing', ''],
    ['an unknown service', 'type=ceremony'],
  ])('answers 400 with an error summary linking to the radios when %s is chosen', async (_case, form) => {
    const response = await new FormSession(app).submit('/book', Object.fromEntries(new URLSearchParams(form))).then((answer) => answer);
    expect(response.status).toBe(400);

    expect(titleOf(response.text)).toMatch(/^Error: What do you need to register\?/);
    expect(response.text).toContain('govuk-error-summary');
    expect(response.text).toMatch(/<a href="#type"[^>]*>Select what you need to register<\/a>/);
    expect(response.text).toMatch(/id="type-error"[\s\S]*Select what you need to register/);
  });

  it('redirects a valid choice to the before-you-book page with 303', async () => {
    const response = await new FormSession(app).submit('/book', { type: 'death' });

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/book/death');
  });

  it('tells the resident what to bring, how soon they can be seen and how, from the booking service', async () => {
    const response = await request(app).get('/book/death').expect(200);

    expect(titleOf(response.text)).toMatch(/^Register a death: before you book/);
    expect(response.text).toContain('within 2 working days of your request');
    expect(response.text).toContain('in person at a register office, or by telephone');
    expect(response.text).toContain('The medical certificate of cause of death');
    expect(response.text).toMatch(/href="\/book\/death\/date-of-death"[^>]*>\s*Continue/);
  });

  it('shows a manager’s change of target, modes and documents on the next page', async () => {
    booking.change('birth', { targetWorkingDays: 3, modes: ['telephone'], documentsToBring: ['Your baby’s red book'] });

    const birth = await request(app).get('/book/birth').expect(200);

    expect(birth.text).toContain('within 3 working days of your request');
    expect(birth.text).toContain('Your appointment will be by telephone.');
    expect(birth.text).toContain('Your baby’s red book');
    expect(birth.text).not.toContain('Proof of identity for each parent attending');
    expect((await request(app).get('/').expect(200)).text).toMatch(/Register a birth[\s\S]*?3 working days/);
  });

  it('says so, on the choice and before booking, while online booking of a type is suspended', async () => {
    booking.change('birth', { suspendedMessage: 'Online birth booking is paused: please phone us.' });

    const choice = await request(app).get('/book').expect(200);
    const birth = await request(app).get('/book/birth').expect(200);

    expect(choice.text).toMatch(/value="birth"[\s\S]*?Online birth booking is paused: please phone us\./);
    expect(birth.text).toMatch(/govuk-warning-text[\s\S]*Online birth booking is paused: please phone us\./);
  });

  it('uses the type’s own name for a type opened online that the pages have no words for', async () => {
    booking.types = [onlineType('ceremony', 'Ceremony', 15, ['face-to-face'], ['Your visa'])];

    const response = await request(app).get('/book/ceremony').expect(200);

    expect(titleOf(response.text)).toMatch(/^Ceremony: before you book/);
    expect(response.text).toContain('within 15 working days of your request');
    expect(response.text).toContain('Your visa');
  });

  it('words a same-day target as the same working day, not 0 working days', async () => {
    booking.types = [onlineType('death', 'Death registration', 0, ['telephone'], ['The medical certificate'])];

    const response = await request(app).get('/book/death').expect(200);

    expect(response.text).toContain('within the same working day of your request');
    expect(response.text).not.toContain('0 working days');
  });

  it('answers 500 with a GOV.UK problem page when the booking service fails', async () => {
    booking.onlineServices = () => Promise.reject(new Error('database unreachable'));

    for (const page of [request(app).get('/'), request(app).get('/book/birth'), request(app).get('/book/birth/date-of-birth')]) {
      const response = await page.expect(500).expect('Content-Type', /html/);
      expect(titleOf(response.text)).toMatch(/^Sorry, there is a problem with the service/);
      expect(response.text).not.toContain('database unreachable');
    }
  });

  it('refuses a form sent without this browser’s token (a forged cross-site post) with a page saying what to do', async () => {
    const forged = await request(app).post('/book').type('form').send({ type: 'birth' }).expect(403);
    const otherBrowsersToken = formTokenOf((await request(app).get('/book')).text);
    const replayed = await new FormSession(app).agent.post('/book').type('form').send({ type: 'birth', _csrf: otherBrowsersToken }).expect(403);

    for (const response of [forged, replayed]) {
      expect(titleOf(response.text)).toMatch(/^Your answers could not be sent/);
      expect(response.headers.location).toBeUndefined();
    }
  });

  it('answers 404 with a GOV.UK page-not-found page for an unknown service', async () => {
    const response = await request(app).get('/book/ceremony').expect(404).expect('Content-Type', /html/);

    expect(titleOf(response.text)).toMatch(/^Page not found/);
    expect(response.text).toContain('govuk-template');
  });

  it('serves its compiled stylesheet and browser script', async () => {
    await request(app).get('/assets/application.css').expect(200).expect('Content-Type', /text\/css/);
    await request(app).get('/assets/application.mjs').expect(200).expect('Content-Type', /javascript/);
  });
});
