import express from 'express';
import request from 'supertest';
import { createBookingRouter } from './booking-router';

const app = express().use(createBookingRouter());

function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe(createBookingRouter.name, () => {
  it('lists the four services residents can book and their working-day targets on the start page', async () => {
    const response = await request(app).get('/').expect(200).expect('Content-Type', /html/);

    expect(response.text).toContain('<html lang="en"');
    expect(response.text).toContain('href="#main-content"');
    for (const row of [
      ['Register a birth', '5 working days', 'Within 42 days of the birth'],
      ['Register a still-birth', '2 working days'],
      ['Register a death', '2 working days', 'Within 5 days of the death'],
      ['Give notice of marriage or civil partnership', '10 working days'],
    ]) {
      expect(response.text).toMatch(new RegExp(row.join('[\\s\\S]*?')));
    }
    expect(response.text).toMatch(/<a href="\/book"[^>]*govuk-button--start/);
  });

  it('asks what the resident needs to register, one radio per online service', async () => {
    const response = await request(app).get('/book').expect(200);

    expect(titleOf(response.text)).toMatch(/^What do you need to register\?/);
    expect(response.text.match(/type="radio"/g)).toHaveLength(4);
    expect(response.text).toContain('id="type" name="type" type="radio" value="birth"');
    expect(response.text).not.toContain('govuk-error-summary');
  });

  it.each([
    ['nothing', ''],
    ['an unknown service', 'type=ceremony'],
  ])('answers 400 with an error summary linking to the radios when %s is chosen', async (_case, form) => {
    const response = await request(app)
      .post('/book')
      .type('form')
      .send(form)
      .expect(400);

    expect(titleOf(response.text)).toMatch(/^Error: What do you need to register\?/);
    expect(response.text).toContain('govuk-error-summary');
    expect(response.text).toMatch(/<a href="#type"[^>]*>Select what you need to register<\/a>/);
    expect(response.text).toMatch(/id="type-error"[\s\S]*Select what you need to register/);
  });

  it('redirects a valid choice to the before-you-book page with 303', async () => {
    await request(app)
      .post('/book')
      .type('form')
      .send({ type: 'death' })
      .expect(303)
      .expect('Location', '/book/death');
  });

  it('tells the resident what to bring and how soon they can be seen', async () => {
    const response = await request(app).get('/book/death').expect(200);

    expect(titleOf(response.text)).toMatch(/^Register a death: before you book/);
    expect(response.text).toContain('within 2 working days of your request');
    expect(response.text).toContain('medical certificate of cause of death');
    expect(response.text).toContain('contact your local register office');
  });

  it('answers 404 with a GOV.UK page-not-found page for an unknown service', async () => {
    const response = await request(app).get('/book/ceremony').expect(404).expect('Content-Type', /html/);

    expect(titleOf(response.text)).toMatch(/^Page not found/);
    expect(response.text).toContain('govuk-template');
  });

  it('serves its compiled stylesheet and browser script', async () => {
    await request(app).get('/assets/application.css').expect(200).expect('Content-Type', /text\/css/);
    await request(app)
      .get('/assets/application.mjs')
      .expect(200)
      .expect('Content-Type', /javascript/);
  });
});
