import { addDays, CivilDate, londonInstant } from '@regflow/calendar';
import { AppointmentTypeCode, isAppointmentTypeCode } from '@regflow/contracts';
import { ComplianceEvent } from '@regflow/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedingErrors } from './seeding.errors';

/** `seeds/history.json`: monthly counts that reproduce DOMAIN.md's published figures. */
export interface ReferenceHistory {
  readonly deathsRegistered: Readonly<Record<string, { readonly deaths: number; readonly withinFiveDays: number }>>;
  readonly ceremonies: Readonly<Record<string, number>>;
  readonly appointmentRequests: { readonly from: string; readonly to: string; readonly perMonth: Readonly<Record<string, number>> };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Reads and checks `history.json`; throws `invalid-demo-data` listing every problem. */
export function loadReferenceHistory(directory: string): ReferenceHistory {
  const history = JSON.parse(readFileSync(join(directory, 'history.json'), 'utf8')) as ReferenceHistory;
  const problems: string[] = [];
  for (const [month, counts] of Object.entries(history.deathsRegistered ?? {})) {
    if (!MONTH.test(month) || !isCount(counts.deaths) || !isCount(counts.withinFiveDays) || counts.withinFiveDays > counts.deaths) {
      problems.push(`history.json deathsRegistered.${month}: a yyyy-mm month with whole numbers, withinFiveDays at most deaths`);
    }
  }
  for (const [month, count] of Object.entries(history.ceremonies ?? {})) if (!MONTH.test(month) || !isCount(count)) problems.push(`history.json ceremonies.${month}: a yyyy-mm month and a whole number`);
  const requests = history.appointmentRequests;
  if (!requests || !MONTH.test(requests.from) || !MONTH.test(requests.to)) problems.push('history.json appointmentRequests: from and to must be yyyy-mm months');
  for (const [type, count] of Object.entries(requests?.perMonth ?? {})) if (!isAppointmentTypeCode(type) || !isCount(count)) problems.push(`history.json appointmentRequests.perMonth.${type}: an appointment type and a whole number`);
  if (problems.length > 0) throw seedingErrors.invalidDemoData(problems);
  return history;
}

/** The `index`th day of a month, cycling through its first 28. */
function dayOf(month: string, index: number): CivilDate {
  return addDays(`${month}-01`, index % 28);
}

function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = `${from}-01`; day.slice(0, 7) <= to; day = addDays(day, 32).slice(0, 8) + '01') months.push(day.slice(0, 7));
  return months;
}

/**
 * Events for every count in the history: deaths registered (each with a same-day appointment
 * request), ceremonies, and requests of other types, every request offered an appointment the same
 * day (DOMAIN.md: 100% within target through 2021/22).
 */
export function referenceHistoryEvents(history: ReferenceHistory): ComplianceEvent[] {
  const events: ComplianceEvent[] = [];
  for (const [month, { deaths, withinFiveDays }] of Object.entries(history.deathsRegistered)) {
    for (let index = 0; index < deaths; index += 1) {
      const day = dayOf(month, index);
      events.push({
        id: `history-death-${month}-${index + 1}`,
        type: 'death',
        requestedAt: londonInstant(day, '09:00'),
        firstOfferAt: londonInstant(day, '11:00'),
        appointmentAt: londonInstant(day, '11:00'),
        eventDate: addDays(day, index < withinFiveDays ? -2 : -7),
        registeredAt: londonInstant(day, '11:30'),
        coronerReferred: false,
      });
    }
  }
  for (const [month, count] of Object.entries(history.ceremonies)) {
    for (let index = 0; index < count; index += 1) events.push({ id: `history-ceremony-${month}-${index + 1}`, type: 'ceremony', appointmentAt: londonInstant(dayOf(month, index), '14:00') });
  }
  for (const month of monthsFrom(history.appointmentRequests.from, history.appointmentRequests.to)) {
    for (const [type, count] of Object.entries(history.appointmentRequests.perMonth)) {
      for (let index = 0; index < count; index += 1) {
        const day = dayOf(month, index);
        events.push({
          id: `history-${type}-${month}-${index + 1}`,
          type: type as AppointmentTypeCode,
          requestedAt: londonInstant(day, '10:00'),
          paperworkReadyAt: type === 'still-birth' ? londonInstant(day, '10:00') : null,
          firstOfferAt: londonInstant(day, '15:00'),
        });
      }
    }
  }
  return events;
}
