import { addDays, serviceDay } from '@regflow/calendar';
import type { ParsedMail } from 'mailparser';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { eventually } from '../../apps/server/src/testing/eventually';
import { SmtpSink, startSmtpSink } from '../../apps/server/src/testing/smtp-sink';
import { accessibilityViolationsWithoutScripts, saveScreenshot } from '../support/browser';
import { useDemoServer } from '../support/demo-seed';

/** Each page's HTML and the stylesheet it links, together (bytes as the browser reads them, uncompressed). */
const PAGE_WEIGHT_LIMIT_BYTES = 100_000;
/** The narrowest screen the pages are made for (WCAG 1.4.10 Reflow). */
const NARROW_WIDTH = 320;
const FIGURES_FILE = join(__dirname, '..', 'reports', 'booking-page-weights.json');

interface PageFigures {
  readonly page: string;
  readonly htmlBytes: number;
  readonly stylesheetBytes: number;
  readonly totalBytes: number;
}

describe('the booking journeys in Chromium, from the start page to the emails', () => {
  let sink: SmtpSink | undefined;
  const figures: PageFigures[] = [];
  const stylesheetBytes = new Map<string, number>();
  const today = serviceDay(new Date());

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  // The in-process worker (the SQLite default) sends the emails; the rate limit is raised for one browser's many pages.
  const demo = useDemoServer({ env: () => ({ SMTP_URL: sink!.url, PUBLIC_REQUESTS_PER_MINUTE: '10000' }) });

  afterAll(async () => {
    await sink?.close();
    mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
    writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  });

  /** A resident's browser with JavaScript off, whose every page is checked and photographed as they go. */
  async function residentWithoutJavaScript(journey: string, width?: number): Promise<Resident> {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, baseURL: demo.server.baseUrl, ...(width ? { viewport: { width, height: 720 } } : {}) });
    return new Resident(await context.newPage(), journey, width);
  }

  /** The bytes of the page's HTML (as received, uncompressed) and of the stylesheets it links, fetched here. */
  async function pageWeight(page: Page): Promise<Omit<PageFigures, 'page'>> {
    const htmlBytes = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).decodedBodySize);
    const hrefs = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    let css = 0;
    for (const href of hrefs) {
      if (!stylesheetBytes.has(href)) {
        const response = await fetch(href);
        expect(response.status).toBe(200);
        stylesheetBytes.set(href, (await response.arrayBuffer()).byteLength);
      }
      css += stylesheetBytes.get(href)!;
    }
    return { htmlBytes, stylesheetBytes: css, totalBytes: htmlBytes + css };
  }

  /** The widest elements sticking out past `width` (the innermost ones), to say what scrolls sideways. */
  function overflowAt(page: Page, width: number): Promise<{ scrollWidth: number; tooWide: string[] }> {
    return page.evaluate((viewport) => {
      const sticksOut = (element: Element) => element.getBoundingClientRect().right > viewport + 0.5;
      const innermost = Array.from(document.body.querySelectorAll('*')).filter((element) => sticksOut(element) && !Array.from(element.children).some(sticksOut));
      const named = (element: Element) => `${element.tagName.toLowerCase()}${Array.from(element.classList, (name) => `.${name}`).join('')} (${Math.round(element.getBoundingClientRect().right)} px)`;
      return { scrollWidth: document.documentElement.scrollWidth, tooWide: innermost.slice(0, 3).map(named) };
    }, width);
  }

  /** Does `action`, waits for the next page and fails, saying what the page says, unless it is the one at `path`. */
  async function arriveAt(page: Page, path: string, action: () => Promise<void>): Promise<void> {
    const before = page.url();
    await action();
    await page.waitForURL((url) => url.href !== before);
    await page.waitForLoadState();
    const arrived = new URL(page.url()).pathname;
    if (arrived !== path) {
      const says = await page.locator('h1, .govuk-notification-banner__content, .govuk-error-summary__list').allInnerTexts();
      throw new Error(`expected the page at ${path}, but arrived at ${arrived}, which says: ${JSON.stringify(says)}`);
    }
  }

  class Resident {
    private pagesSeen = 0;
    /** What the checks found on each page, asserted empty at the end so one run reports every page. */
    readonly problems: string[] = [];

    constructor(
      readonly page: Page,
      private readonly journey: string,
      private readonly width?: number,
    ) {}

    /** Photographs the page and checks that axe finds nothing, it is under its weight, and it fits the narrow screen when narrow. */
    async check(step: string): Promise<void> {
      this.pagesSeen += 1;
      const name = `${this.journey}-${String(this.pagesSeen).padStart(2, '0')}-${step}`;
      const { page } = this;
      await saveScreenshot(page, name);
      for (const violation of await accessibilityViolationsWithoutScripts(page)) this.problems.push(`${name}: axe: ${violation}`);
      const weight = await pageWeight(page);
      figures.push({ page: name, ...weight });
      if (weight.totalBytes >= PAGE_WEIGHT_LIMIT_BYTES) this.problems.push(`${name}: ${weight.totalBytes} bytes of HTML and CSS, over ${PAGE_WEIGHT_LIMIT_BYTES}`);
      if (this.width) {
        const { scrollWidth, tooWide } = await overflowAt(page, this.width);
        if (scrollWidth > this.width) this.problems.push(`${name}: ${scrollWidth} px wide at ${this.width} px, scrolls sideways: ${tooWide.join(', ')}`);
      }
    }

    async goto(path: string, step: string): Promise<void> {
      await this.page.goto(path);
      await this.check(step);
    }

    /** Presses the button (a GOV.UK link styled as one too) and waits for the page at `path`, after any redirect. */
    async press(button: string, path: string, step: string): Promise<void> {
      await arriveAt(this.page, path, () => this.page.getByRole('button', { name: button, exact: true }).click());
      await this.check(step);
    }

    async follow(link: string, path: string, step: string): Promise<void> {
      await arriveAt(this.page, path, () => this.page.getByRole('link', { name: link, exact: true }).click());
      await this.check(step);
    }

    /** Presses the button with nothing answered: the page comes back with an error summary whose link targets the field. */
    async pressUnanswered(button: string, message: string, fieldName: string, step: string): Promise<void> {
      await this.page.getByRole('button', { name: button, exact: true }).click();
      const summary = this.page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(this.page.title()).resolves.toMatch(/^Error: /);
      const href = await summary.getByRole('link', { name: message, exact: true }).getAttribute('href');
      expect(href).toMatch(/^#[\w-]+$/);
      await expect(this.page.locator(href!).getAttribute('name')).resolves.toBe(fieldName);
      await this.check(step);
    }

    async heading(): Promise<string> {
      return (await this.page.locator('h1').innerText()).trim();
    }

    async main(): Promise<string> {
      return this.page.locator('main').innerText();
    }

    async close(): Promise<void> {
      await this.page.context().close();
    }
  }

  const dateFields = (day: string) => {
    const [year, month, dayOfMonth] = day.split('-').map(Number);
    return { Day: String(dayOfMonth), Month: String(month), Year: String(year) };
  };

  async function enterDate(resident: Resident, day: string): Promise<void> {
    for (const [label, value] of Object.entries(dateFields(day))) await resident.page.getByLabel(label, { exact: true }).fill(value);
  }

  async function chooseService(resident: Resident, choice: string, service: string): Promise<void> {
    await resident.goto('/book', 'what-to-register');
    await resident.page.getByLabel(choice, { exact: true }).check();
    await resident.press('Continue', `/book/${service}`, 'before-you-book');
  }

  async function giveDetails(resident: Resident, service: string, name: string, email: string): Promise<void> {
    await resident.page.getByLabel('Full name', { exact: true }).fill(name);
    await resident.page.getByLabel('Email address', { exact: true }).fill(email);
    // A telephone appointment needs a number; an appointment in person takes one as well.
    await resident.page.getByRole('textbox', { name: /telephone number/i }).fill('07700 900982');
    await resident.press('Continue', `/book/${service}/check`, 'check-answers');
  }

  /** Books from the check page and returns the reference on the confirmation page. */
  async function book(resident: Resident, referencePrefix: string): Promise<string> {
    await resident.press('Book appointment', '/book/confirmation', 'confirmation');
    await expect(resident.heading()).resolves.toBe('Appointment booked');
    const reference = (await resident.page.locator('.govuk-panel__body strong').innerText()).trim();
    expect(reference).toMatch(new RegExp(`^${referencePrefix}-[0-9A-Z]{4}-[0-9A-Z]{2}$`));
    return reference;
  }

  /** A time offered as a radio: its slot id, and how the pages say it ("Tuesday 1 December 2026 at 9:00am"). */
  async function offeredTime(page: Page, radio: Locator): Promise<{ slotId: string; when: string }> {
    const [slotId, id] = await Promise.all([radio.getAttribute('value'), radio.getAttribute('id')]);
    // The radios' legend is "<place>, <day>" and each label the time.
    const [legend, time] = await Promise.all([radio.locator('xpath=ancestor::fieldset[1]/legend').innerText(), page.locator(`label[for="${id}"]`).innerText()]);
    return { slotId: slotId!, when: `${legend.trim().split(', ').pop()!} at ${time.trim()}` };
  }

  /** Chooses the first time offered as a radio (not the first offer's button). */
  async function chooseFirstRadioTime(page: Page): Promise<{ slotId: string; when: string }> {
    const radio = page.locator('input[type="radio"][name="slot"]').first();
    const offered = await offeredTime(page, radio);
    await radio.check();
    return offered;
  }

  /** The email to `address` whose subject starts `subject`, once the worker has sent it. */
  function emailTo(address: string, subject: string): Promise<ParsedMail> {
    return eventually(async () =>
      sink!.received.find((mail) => mail.subject?.startsWith(subject) && [mail.to ?? []].flat().some((to) => to.value.some((mailbox) => mailbox.address === address))),
    );
  }

  function calendarFileOf(mail: ParsedMail): string {
    const file = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar') || attachment.filename?.endsWith('.ics'));
    if (!file) throw new Error(`"${mail.subject}" carries no calendar file`);
    return file.content.toString('utf8');
  }

  const calendarField = (ics: string, field: string) => new RegExp(`^${field}:(.*)$`, 'm').exec(ics)?.[1]?.trim();

  /** The manage link of an email, from its HTML as a mail program would open it. */
  function manageLinkOf(mail: ParsedMail): string {
    const href = /href="([^"]*\/manage\/[^"]*)"/.exec(typeof mail.html === 'string' ? mail.html : '')?.[1];
    if (!href) throw new Error(`"${mail.subject}" has no manage link in its HTML`);
    return href.replace(/&amp;/g, '&');
  }

  it(`books a birth with JavaScript off at ${NARROW_WIDTH} px wide, every page without horizontal scrolling, and emails the confirmation`, async () => {
    const resident = await residentWithoutJavaScript('birth', NARROW_WIDTH);
    try {
      await resident.goto('/', 'start');
      await resident.press('Start now', '/book', 'what-to-register');
      await resident.pressUnanswered('Continue', 'Select what you need to register', 'type', 'what-to-register-error');
      await resident.page.getByLabel('A birth', { exact: true }).check();
      await resident.press('Continue', '/book/birth', 'before-you-book');

      await resident.press('Continue', '/book/birth/date-of-birth', 'date-of-birth');
      await resident.pressUnanswered('Continue', 'Enter the date of birth', 'date-of-birth-day', 'date-of-birth-error');
      await enterDate(resident, addDays(today, -10));
      await resident.press('Continue', '/book/birth/babies', 'babies');
      await resident.page.getByLabel('How many babies are you registering?').fill('1');
      await resident.press('Continue', '/book/birth/appointment', 'appointment');

      const firstOffer = await resident.page.locator('p.govuk-body-l').innerText();
      expect(firstOffer).toMatch(/^The first available appointment is \w+day \d+ \w+ \d{4} at \d+:\d\d[ap]m/);
      await resident.press('Book this appointment', '/book/birth/details', 'details');
      await giveDetails(resident, 'birth', 'Siân O’Brien-Jones', 'birth@example.org');
      await expect(resident.main()).resolves.toMatch(/Number of babies\s+1/);
      const reference = await book(resident, 'BRT');

      const confirmation = await emailTo('birth@example.org', 'Appointment booked');
      expect(confirmation.text).toContain(reference);
      expect(resident.problems).toEqual([]);
    } finally {
      await resident.close();
    }
  });

  it('books a still-birth with JavaScript off, then from the link in its email changes the time (freeing the old one) and cancels it, each with its email', async () => {
    const resident = await residentWithoutJavaScript('still-birth');
    const { page } = resident;
    try {
      await chooseService(resident, 'A still-birth', 'still-birth');
      await resident.press('Continue', '/book/still-birth/certificate-of-still-birth', 'certificate');
      await resident.pressUnanswered('Continue', 'Select yes if you have the certificate of still-birth', 'certificate-of-still-birth', 'certificate-error');
      await page.getByLabel('Yes', { exact: true }).check();
      await resident.press('Continue', '/book/still-birth/appointment', 'appointment');
      const booked = await chooseFirstRadioTime(page);
      await resident.press('Continue', '/book/still-birth/details', 'details');
      await giveDetails(resident, 'still-birth', 'Ann Lee', 'still-birth@example.org');
      const reference = await book(resident, 'SBR');
      await expect(resident.main()).resolves.toContain(booked.when);

      const confirmation = await emailTo('still-birth@example.org', 'Appointment booked');
      const manageLink = manageLinkOf(confirmation);
      expect(manageLink.startsWith(`${demo.server.baseUrl}/manage/${reference}?token=`)).toBe(true);
      const firstSequence = Number(calendarField(calendarFileOf(confirmation), 'SEQUENCE'));

      await resident.goto(manageLink, 'manage');
      await expect(resident.main()).resolves.toContain(booked.when);
      await resident.follow('Change your appointment', `/manage/${reference}/change`, 'change');
      await expect(page.locator(`input[name="slot"][value="${booked.slotId}"]`).count()).resolves.toBe(0);
      await resident.pressUnanswered('Change appointment', 'Select a new time for your appointment', 'slot', 'change-error');
      // A later time than the booked one: the last one the page offers.
      const later = page.locator('input[type="radio"][name="slot"]').last();
      const moved = await offeredTime(page, later);
      expect(moved.slotId).not.toBe(booked.slotId);
      await later.check();
      await resident.press('Change appointment', `/manage/${reference}`, 'changed');
      await expect(resident.main()).resolves.toContain(`Your appointment has been changed to ${moved.when}`);

      await resident.follow('Change your appointment', `/manage/${reference}/change`, 'change-again');
      await expect(page.locator(`input[name="slot"][value="${booked.slotId}"]`).count()).resolves.toBeGreaterThan(0);

      const changed = await emailTo('still-birth@example.org', 'Appointment changed');
      expect(changed.text).toContain(reference);
      expect(Number(calendarField(calendarFileOf(changed), 'SEQUENCE'))).toBeGreaterThan(firstSequence);

      await resident.goto(manageLink, 'manage-before-cancelling');
      await resident.follow('Cancel your appointment', `/manage/${reference}/cancel`, 'cancel');
      await expect(resident.heading()).resolves.toBe('Are you sure you want to cancel your appointment?');
      await resident.press('Yes, cancel my appointment', `/manage/${reference}`, 'cancelled');
      await expect(resident.main()).resolves.toContain('Your appointment has been cancelled');

      const cancelled = await emailTo('still-birth@example.org', 'Appointment cancelled');
      expect(calendarField(calendarFileOf(cancelled), 'METHOD')).toBe('CANCEL');
      expect(resident.problems).toEqual([]);
    } finally {
      await resident.close();
    }
  });

  it('books a death with JavaScript off, the medical certificate issued, no coroner and Tell Us Once, and emails the confirmation', async () => {
    const resident = await residentWithoutJavaScript('death');
    const { page } = resident;
    try {
      await chooseService(resident, 'A death', 'death');
      await resident.press('Continue', '/book/death/date-of-death', 'date-of-death');
      await enterDate(resident, addDays(today, -2));
      await resident.press('Continue', '/book/death/medical-certificate', 'medical-certificate');
      await page.getByLabel('Yes', { exact: true }).check();
      await resident.press('Continue', '/book/death/coroner', 'coroner');
      await page.getByLabel('No', { exact: true }).check();
      await resident.press('Continue', '/book/death/tell-us-once', 'tell-us-once');
      await resident.pressUnanswered('Continue', 'Select yes if you would like to use Tell Us Once', 'tell-us-once', 'tell-us-once-error');
      await page.getByLabel('Yes', { exact: true }).check();
      await resident.press('Continue', '/book/death/appointment', 'appointment');
      await resident.press('Book this appointment', '/book/death/details', 'details');
      await giveDetails(resident, 'death', 'Tom Price', 'death@example.org');
      await expect(resident.main()).resolves.toMatch(/Medical certificate issued\s+Yes[\s\S]*Referred to a coroner\s+No[\s\S]*Tell Us Once\s+Yes/);
      const reference = await book(resident, 'DTH');

      await expect(emailTo('death@example.org', 'Appointment booked')).resolves.toMatchObject({ text: expect.stringContaining(reference) });
      expect(resident.problems).toEqual([]);
    } finally {
      await resident.close();
    }
  });

  it('books a notice with JavaScript off for a couple living here and not subject to immigration control, and emails the confirmation', async () => {
    const resident = await residentWithoutJavaScript('notice');
    const { page } = resident;
    try {
      await chooseService(resident, 'Notice of marriage or civil partnership', 'notice');
      await resident.press('Continue', '/book/notice/residence', 'residence');
      await resident.pressUnanswered('Continue', 'Select where you have lived for the last 7 days', 'residence', 'residence-error');
      await page.getByLabel('In Worcestershire', { exact: true }).check();
      await resident.press('Continue', '/book/notice/immigration-control', 'immigration-control');
      await page.getByLabel('No', { exact: true }).check();
      await resident.press('Continue', '/book/notice/appointment', 'appointment');
      const chosen = await chooseFirstRadioTime(page);
      await resident.press('Continue', '/book/notice/details', 'details');
      await giveDetails(resident, 'notice', 'Zhang Wei', 'notice@example.org');
      await expect(resident.main()).resolves.toContain(chosen.when);
      const reference = await book(resident, 'NTC');

      await expect(emailTo('notice@example.org', 'Appointment booked')).resolves.toMatchObject({ text: expect.stringContaining(reference) });
      expect(resident.problems).toEqual([]);
    } finally {
      await resident.close();
    }
  });

  it('takes a notice with JavaScript off by someone subject to immigration control to the designated sessions, which the demo does not open online, and says whom to call', async () => {
    const types = (await (await fetch(`${demo.server.baseUrl}/api/public/appointment-types`)).json()) as { code: string }[];
    expect(types.map((type) => type.code)).not.toContain('notice-referred');
    const resident = await residentWithoutJavaScript('notice-designated');
    const { page } = resident;
    try {
      await chooseService(resident, 'Notice of marriage or civil partnership', 'notice');
      await resident.press('Continue', '/book/notice/residence', 'residence');
      await page.getByLabel('In Worcestershire', { exact: true }).check();
      await resident.press('Continue', '/book/notice/immigration-control', 'immigration-control');
      await resident.pressUnanswered('Continue', 'Select yes if you or your partner are subject to immigration control', 'immigration-control', 'immigration-control-error');
      await page.getByLabel('Yes', { exact: true }).check();
      await resident.press('Continue', '/book/notice/about/designated-notice', 'designated-notice');
      await expect(resident.heading()).resolves.toBe('You will give notice at a designated register office');
      await resident.press('Continue', '/book/notice/appointment', 'appointment');

      await expect(resident.heading()).resolves.toBe('You cannot book this appointment online at the moment');
      await expect(resident.main()).resolves.toMatch(/cannot be booked online\. Call a register office[\s\S]*Contact a register office[\s\S]*Register Office: \d/);
      expect(resident.problems).toEqual([]);
    } finally {
      await resident.close();
    }
  });

  /** A resident on the keyboard alone: Tab to a control by its name, then Space, Enter, the arrow keys or typing. */
  function keyboardUser(page: Page, journey: string) {
    const { keyboard } = page;
    /** The focused element's accessible name as a sighted keyboard user reads it: its label, or its text. */
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        const label = element?.labels?.[0]?.innerText ?? element?.innerText ?? element?.value ?? '';
        return label.replace(/\s+/g, ' ').trim();
      });
    let pagesSeen = 0;
    const photograph = () => saveScreenshot(page, `keyboard-${journey}-${String(++pagesSeen).padStart(2, '0')}-${page.url().split('?')[0]!.split('/').pop() || 'start'}`);

    /** Presses Tab until the element named `name` has the focus. */
    async function tabTo(name: string | RegExp): Promise<void> {
      const passed: string[] = [];
      for (let presses = 0; presses < 60; presses += 1) {
        await keyboard.press('Tab');
        const focused = await focusedName();
        if (typeof name === 'string' ? focused === name : name.test(focused)) return;
        passed.push(focused);
      }
      throw new Error(`Tab never reached "${String(name)}" on ${page.url()}; it passed ${JSON.stringify(passed)}`);
    }

    return {
      keyboard,
      tabTo,
      photograph,
      /** Tabs to `name`, presses `key` on it and waits for the page at `path`. */
      async pressOn(name: string | RegExp, key: 'Enter' | 'Space', path: string): Promise<void> {
        await tabTo(name);
        await arriveAt(page, path, () => keyboard.press(key));
        await photograph();
      },
      async typeDate(day: string): Promise<void> {
        const { Day, Month, Year } = dateFields(day);
        await tabTo('Day');
        await keyboard.type(Day);
        await keyboard.press('Tab');
        await keyboard.type(Month);
        await keyboard.press('Tab');
        await keyboard.type(Year);
      },
      /** Tabs into a group of radios (focus lands on its first) and moves down to the one named `name`. */
      async choose(first: string, name: string, downPresses: number): Promise<void> {
        await tabTo(first);
        for (let press = 0; press < downPresses; press += 1) await keyboard.press('ArrowDown');
        if (downPresses === 0) await keyboard.press('Space');
        await expect(page.getByLabel(name, { exact: true }).isChecked()).resolves.toBe(true);
      },
    };
  }

  type KeyboardUser = ReturnType<typeof keyboardUser>;

  /** Each journey's questions, answered on the keyboard, ending on "Choose an appointment". */
  const keyboardJourneys: [string, string, number, string, (user: KeyboardUser) => Promise<void>][] = [
    ['birth', 'A birth', 0, 'BRT', async (user) => {
      await user.typeDate(addDays(today, -3));
      await user.pressOn('Continue', 'Enter', '/book/birth/babies');
      await user.tabTo('How many babies are you registering?');
      await user.keyboard.type('2');
      await user.pressOn('Continue', 'Enter', '/book/birth/appointment');
    }],
    ['still-birth', 'A still-birth', 1, 'SBR', async (user) => {
      await user.choose('Yes', 'Yes', 0);
      await user.pressOn('Continue', 'Enter', '/book/still-birth/appointment');
    }],
    ['death', 'A death', 2, 'DTH', async (user) => {
      await user.typeDate(addDays(today, -1));
      await user.pressOn('Continue', 'Enter', '/book/death/medical-certificate');
      await user.choose('Yes', 'Yes', 0);
      await user.pressOn('Continue', 'Enter', '/book/death/coroner');
      await user.choose('Yes', 'No', 1);
      await user.pressOn('Continue', 'Enter', '/book/death/tell-us-once');
      await user.choose('Yes', 'No', 1);
      await user.pressOn('Continue', 'Enter', '/book/death/appointment');
    }],
    ['notice', 'Notice of marriage or civil partnership', 3, 'NTC', async (user) => {
      await user.choose('In Worcestershire', 'In Worcestershire', 0);
      await user.pressOn('Continue', 'Enter', '/book/notice/immigration-control');
      await user.choose('Yes', 'No', 1);
      await user.pressOn('Continue', 'Enter', '/book/notice/appointment');
    }],
  ];

  it.each(keyboardJourneys)('lets a resident book a %s with the keyboard alone: Tab, Space, Enter and the arrow keys', async (service, choice, downFromBirth, prefix, answerQuestions) => {
    const context = await demo.browser.newContext({ baseURL: demo.server.baseUrl });
    const page = await context.newPage();
    const user = keyboardUser(page, service);
    try {
      await page.goto('/');
      await user.photograph();
      await user.pressOn('Start now', 'Enter', '/book');
      await user.choose('A birth', choice, downFromBirth);
      await user.pressOn('Continue', 'Enter', `/book/${service}`);
      await user.pressOn('Continue', 'Space', `/book/${service}/${service === 'birth' ? 'date-of-birth' : service === 'death' ? 'date-of-death' : service === 'notice' ? 'residence' : 'certificate-of-still-birth'}`);
      await answerQuestions(user);

      await user.pressOn('Book this appointment', 'Enter', `/book/${service}/details`);
      await user.tabTo('Full name');
      await user.keyboard.type('Ewa Kowalska');
      await user.tabTo('Email address');
      await user.keyboard.type(`keyboard-${service}@example.org`);
      await user.tabTo(/telephone number/i);
      await user.keyboard.type('07700 900123');
      await user.pressOn('Continue', 'Enter', `/book/${service}/check`);
      await user.pressOn('Book appointment', 'Enter', '/book/confirmation');

      await expect(page.locator('h1').innerText()).resolves.toBe('Appointment booked');
      await expect(page.locator('.govuk-panel__body strong').innerText()).resolves.toMatch(new RegExp(`^${prefix}-`));
    } finally {
      await context.close();
    }
  });
});
