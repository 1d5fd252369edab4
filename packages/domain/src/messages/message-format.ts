import { CivilDate, Instant, parseCivilDate, SERVICE_ZONE } from '@regflow/calendar';
import { DateTime } from 'luxon';
import { instantMillis } from '../instants';

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** One piece of a message, written once and rendered both as plain text and as HTML. */
export type MessageBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'details'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | { readonly kind: 'link'; readonly lead: string; readonly url: string };

const LOCALE = 'en-GB';
const DAY_FORMAT = 'cccc d LLLL yyyy';
const MINUTES_PER_HOUR = 60;
const NOON = 12;
const SAFE_LINK = /^https?:\/\//i;

function london(instant: Instant): DateTime {
  return DateTime.fromMillis(instantMillis(instant), { zone: SERVICE_ZONE, locale: LOCALE });
}

/** A London time in the GOV.UK style: `9:30am`, `10am`, `midday`, `midnight`. */
export function formatLondonTime(instant: Instant): string {
  const moment = london(instant);
  if (moment.minute === 0 && moment.hour === NOON) return 'midday';
  if (moment.minute === 0 && moment.hour === 0) return 'midnight';
  const hour = moment.hour % NOON || NOON;
  const suffix = moment.hour < NOON ? 'am' : 'pm';
  return moment.minute === 0 ? `${hour}${suffix}` : `${hour}:${moment.toFormat('mm')}${suffix}`;
}

/** The London date of an instant: `Tuesday 5 July 2022`. */
export function formatLondonDate(instant: Instant): string {
  return london(instant).toFormat(DAY_FORMAT);
}

/** `Tuesday 5 July 2022 at 9:30am`, London time whatever the season. */
export function formatLondonDateTime(instant: Instant): string {
  return `${formatLondonDate(instant)} at ${formatLondonTime(instant)}`;
}

/** A calendar date: `Tuesday 5 July 2022`. */
export function formatDay(day: CivilDate): string {
  return parseCivilDate(day).setLocale(LOCALE).toFormat(DAY_FORMAT);
}

/** `30 minutes`, `1 hour`, `1 hour 15 minutes`. */
export function formatDuration(startsAt: Instant, endsAt: Instant): string {
  const minutes = Math.round((instantMillis(endsAt) - instantMillis(startsAt)) / 60_000);
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  const parts = [
    ...(hours > 0 ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
    ...(rest > 0 || hours === 0 ? [`${rest} ${rest === 1 ? 'minute' : 'minutes'}`] : []),
  ];
  return parts.join(' ');
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function blockText(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'details':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'link':
      return `${block.lead}: ${block.url}`;
  }
}

/** Only web addresses become links: anything else is shown as text, never followed. */
function linkHtml(url: string): string {
  const text = escapeHtml(url);
  return SAFE_LINK.test(url) ? `<a href="${text}" style="color: #1d70b8;">${text}</a>` : text;
}

function blockHtml(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="font-size: 24px; margin: 30px 0 15px;">${escapeHtml(block.text)}</h2>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'details':
      return `<p>${block.rows.map(([label, value]) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`).join('<br>')}</p>`;
    case 'link':
      return `<p>${escapeHtml(block.lead)}: ${linkHtml(block.url)}</p>`;
  }
}

/** Plain text and HTML of the same blocks; every value is escaped in the HTML. */
export function renderMessage(subject: string, blocks: readonly MessageBlock[]): RenderedMessage {
  const text = `${blocks.map(blockText).join('\n\n')}\n`;
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3; color: #0b0c0c;">',
    ...blocks.map(blockHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject, text, html };
}
