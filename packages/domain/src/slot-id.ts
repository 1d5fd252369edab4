import { Instant } from '@regflow/calendar';
import { DateTime } from 'luxon';
import { DomainError } from './domain.errors';
import { formatUtcInstant, instantMillis } from './instants';

const SEPARATOR = '~';
const SESSION_ID = /^[A-Za-z0-9._-]+$/;
const COMPACT_START = /^(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])([0-5]\d)Z$/;
const MINUTE = 60_000;

/**
 * A slot's id: its session id and its UTC start to the minute, `${sessionId}~20220704T0800Z`;
 * `startsAt` may be given as epoch milliseconds.
 * Session ids are limited to URL-unreserved characters other than `~`, so the id needs no escaping.
 */
export function slotId(sessionId: string, startsAt: Instant | number): string {
  if (!SESSION_ID.test(sessionId)) {
    throw new DomainError('invalid-slot', `"${sessionId}" cannot be part of a slot id: use letters, digits, ".", "_" and "-"`);
  }
  const millis = typeof startsAt === 'number' ? startsAt : instantMillis(startsAt);
  if (millis % MINUTE !== 0) {
    throw new DomainError('invalid-slot', `a slot starts on a whole minute, not at ${formatUtcInstant(millis)}`);
  }
  const iso = formatUtcInstant(millis);
  return `${sessionId}${SEPARATOR}${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/** The session and start a slot id names, or undefined when the text is not a slot id. */
export function parseSlotId(id: string): { sessionId: string; startsAt: string } | undefined {
  const at = id.lastIndexOf(SEPARATOR);
  if (at < 0) return undefined;
  const sessionId = id.slice(0, at);
  const compact = COMPACT_START.exec(id.slice(at + 1));
  if (!SESSION_ID.test(sessionId) || !compact) return undefined;
  const [year, month, day, hour, minute] = compact.slice(1).map(Number);
  const start = DateTime.utc(year, month, day, hour, minute);
  if (!start.isValid) return undefined;
  return { sessionId, startsAt: formatUtcInstant(start.toMillis()) };
}
