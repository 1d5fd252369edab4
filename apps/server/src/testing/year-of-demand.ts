import { addDays, addWorkingDays, londonInstant } from '@regflow/calendar';
import { ComplianceEvent, EVENTS_CSV_COLUMNS, formatUtcInstant } from '@regflow/domain';

/** A small, seeded generator (mulberry32): the same seed gives the same year every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  ['birth', 0.38],
  ['death', 0.3],
  ['notice', 0.14],
  ['ceremony', 0.15],
  ['still-birth', 0.03],
] as const;

/**
 * About `perDay` events a day from `fromDay` for `days` days, in the events CSV's columns: requests at
 * any hour (some just before midnight), first offers mostly but not always within target, some
 * never offered, deaths registered 1 to 9 days after the death, a few referred to the coroner.
 */
export function yearOfDemandCsv(fromDay: string, days: number, perDay: number, seed = 2021): string {
  const random = seededRandom(seed);
  const pick = (items: readonly (readonly [string, number])[]) => {
    let roll = random();
    for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
    return items[items.length - 1][0];
  };
  const clock = (day: string) => londonInstant(day, `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`);
  const lines = [EVENTS_CSV_COLUMNS.join(',')];
  let id = 0;
  for (let offset = 0; offset < days; offset += 1) {
    const day = addDays(fromDay, offset);
    for (let count = Math.floor(random() * perDay * 2); count > 0; count -= 1) {
      id += 1;
      const type = pick(TYPES);
      const requestedAt = clock(day);
      const offered = random() < 0.97 ? londonInstant(addWorkingDays(day, Math.floor(random() * 8)), '10:00') : null;
      const appointment = offered && random() < 0.3 ? londonInstant(addWorkingDays(day, 3 + Math.floor(random() * 9)), '11:30') : offered;
      const eventDate = type === 'death' || type === 'birth' || type === 'still-birth' ? addDays(day, -Math.floor(random() * 4)) : '';
      const registeredAt = type === 'death' && eventDate && random() < 0.95 ? londonInstant(addDays(eventDate, 1 + Math.floor(random() * 9)), '12:00') : null;
      const paperwork = type === 'still-birth' && random() < 0.5 ? londonInstant(addDays(day, 1), '09:00') : null;
      const row = [
        `event-${id}`,
        type,
        type === 'ceremony' ? '' : requestedAt.toISOString(),
        paperwork?.toISOString() ?? '',
        type === 'ceremony' ? '' : (offered?.toISOString() ?? ''),
        appointment?.toISOString() ?? (type === 'ceremony' ? londonInstant(day, '14:00').toISOString() : ''),
        eventDate,
        registeredAt?.toISOString() ?? '',
        type === 'death' && random() < 0.05 ? 'true' : 'false',
      ];
      lines.push(row.join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Events written back as the events CSV (the columns `regflow scorecard` and `regflow import events` read). */
export function eventsCsv(events: readonly ComplianceEvent[]): string {
  const instant = (value: ComplianceEvent['requestedAt']) => (value ? formatUtcInstant(value) : '');
  const lines = events.map((event) =>
    [event.id, event.type, instant(event.requestedAt), instant(event.paperworkReadyAt), instant(event.firstOfferAt), instant(event.appointmentAt), event.eventDate ?? '', instant(event.registeredAt), event.coronerReferred ? 'true' : 'false'].join(','),
  );
  return `${[EVENTS_CSV_COLUMNS.join(','), ...lines].join('\n')}\n`;
}
