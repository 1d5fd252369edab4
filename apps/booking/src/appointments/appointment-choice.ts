import { addDays, isCalendarDay, serviceDay } from '@regflow/calendar';
import type { Request } from 'express';
import { registerOfficeName } from '@regflow/contracts';
import type { AppointmentTypeCode, AvailabilityResponse, ErrorCode, SlotResponse } from '@regflow/contracts';
import { parseSlotId } from '@regflow/domain';
import type { AppointmentLength, BookingPort, PublicOffice } from '../booking-port';
import { dayInWords, timeInWords, whenInWords } from '../content/when';

/** The field a chosen appointment is sent in. */
export const SLOT_FIELD = 'slot';
/** Days with free times shown on one page; "Later appointments" pages on. */
export const DAYS_PER_PAGE = 2;
/** A page first asks for a week of free times, which usually fills it… */
const FIRST_LOOK_DAYS = 7;
/** …and looks as far as the booking service allows only when it does not. */
export const LOOK_AHEAD_DAYS = 28;

export interface Place {
  readonly name: string;
  readonly address: string | null;
  readonly phone: string | null;
}

export interface PlaceTimes {
  readonly place: Place;
  readonly byTelephone: boolean;
  readonly radios: Readonly<Record<string, unknown>>;
}

export interface DayTimes {
  readonly heading: string;
  readonly places: readonly PlaceTimes[];
}

export interface AppointmentChoice {
  /** "The first available appointment is Tuesday 14 June 2022 at 10:30am at Redditch Register Office." */
  readonly firstOffer: { readonly slotId: string; readonly sentence: string; readonly byTelephone: boolean } | null;
  readonly days: readonly DayTimes[];
  /** The `from` of the next page of days, when there are later free times. */
  readonly laterFrom: string | null;
  readonly officeFilter: Readonly<Record<string, unknown>>;
  readonly firstRadioId: string | null;
}

/** The refusals of a chosen time that another time may avoid. */
export const SLOT_REFUSALS: readonly ErrorCode[] = ['slot-unavailable', 'invalid-slot', 'slot-type-mismatch'];

/** Office ids are uuids: a longer value names no office. */
const OFFICE_ID_MAX_LENGTH = 36;
/** The furthest a resident may page ahead: no service opens its diary further. */
const FURTHEST_FROM_DAYS = 366;

/** Which page of times a query string asks for: a later day within a year (else today), and an office. */
export function timesViewOf(query: Request['query'], today: string): { readonly from: string; readonly officeId?: string } {
  const from = typeof query.from === 'string' && isCalendarDay(query.from) && query.from > today && query.from <= addDays(today, FURTHEST_FROM_DAYS) ? query.from : today;
  const officeId = typeof query.office === 'string' && query.office !== '' ? query.office.slice(0, OFFICE_ID_MAX_LENGTH) : undefined;
  return officeId ? { from, officeId } : { from };
}

export interface TimesQuery {
  readonly type: AppointmentTypeCode;
  readonly from: string;
  readonly today: string;
  readonly officeId?: string;
  readonly length?: AppointmentLength;
}

/**
 * The free times a page of days needs from `from`: a week, or four weeks when a week holds too few
 * days to fill the page. The first offer is named only on the first page (from today).
 */
export async function freeTimesFor(booking: BookingPort, query: TimesQuery): Promise<AvailabilityResponse> {
  const ask = (days: number) => booking.availability({ type: query.type, from: query.from, days, ...(query.officeId ? { officeId: query.officeId } : {}), ...(query.length ? { length: query.length } : {}) });
  let availability = await ask(FIRST_LOOK_DAYS);
  if (new Set(availability.slots.map((slot) => serviceDay(slot.startsAt))).size <= DAYS_PER_PAGE) availability = await ask(LOOK_AHEAD_DAYS);
  return query.from === query.today ? availability : { ...availability, firstOffer: null };
}

/** The free time a form named, asked of the service for its own day only; undefined when it is not free (or not a time). */
export async function freeSlotNamed(booking: BookingPort, type: AppointmentTypeCode, slotId: string, length?: AppointmentLength): Promise<SlotResponse | undefined> {
  const parsed = parseSlotId(slotId);
  if (!parsed) return undefined;
  const availability = await booking.availability({ type, from: serviceDay(parsed.startsAt), days: 1, ...(length ? { length } : {}) });
  return availability.slots.find((slot) => slot.id === slotId);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);

/** Where a slot is held, in words residents read. */
export function placeOf(slot: Pick<SlotResponse, 'officeId' | 'mode'>, offices: readonly PublicOffice[]): Place {
  if (slot.mode === 'telephone') return { name: 'By telephone', address: null, phone: null };
  const office = offices.find((candidate) => candidate.id === slot.officeId);
  return office ? { name: registerOfficeName(office.name), address: office.address, phone: office.phone } : { name: 'A register office', address: null, phone: null };
}

/** "Tuesday 14 June 2022 at 10:30am at Redditch Register Office" or "… by telephone". */
export function appointmentInWords(slot: Pick<SlotResponse, 'officeId' | 'mode' | 'startsAt'>, offices: readonly PublicOffice[]): string {
  const when = whenInWords(slot.startsAt);
  return slot.mode === 'telephone' ? `${when}, by telephone` : `${when} at ${placeOf(slot, offices).name}`;
}

/**
 * The "Choose an appointment" page's content: the first free time in words with one button, then
 * the next few days with free times, by office, telephone appointments marked.
 */
export function appointmentChoice(
  availability: AvailabilityResponse,
  offices: readonly PublicOffice[],
  view: { readonly from: string; readonly officeId?: string; readonly chosen?: string; readonly error?: string },
): AppointmentChoice {
  const errorMessage = view.error ? { text: view.error } : undefined;
  const shown = availability.slots.filter((slot) => serviceDay(slot.startsAt) >= view.from);
  const dayKeys = [...new Set(shown.map((slot) => serviceDay(slot.startsAt)))];
  const pageDays = dayKeys.slice(0, DAYS_PER_PAGE);
  let radioCount = 0;
  const days = pageDays.map((day) => {
    const slotsOfDay = shown.filter((slot) => serviceDay(slot.startsAt) === day);
    const placeKeys = [...new Set(slotsOfDay.map((slot) => (slot.mode === 'telephone' ? 'telephone' : (slot.officeId ?? ''))))];
    return {
      heading: dayInWords(day),
      places: placeKeys.map((key) => {
        const slots = slotsOfDay.filter((slot) => (slot.mode === 'telephone' ? 'telephone' : (slot.officeId ?? '')) === key);
        const place = placeOf(slots[0]!, offices);
        const idPrefix = `${SLOT_FIELD}-${day}-${radioCount}`;
        const isFirstGroup = radioCount === 0;
        radioCount += slots.length;
        return {
          place,
          byTelephone: key === 'telephone',
          radios: {
            name: SLOT_FIELD,
            idPrefix,
            fieldset: { legend: { html: `${escapeHtml(place.name)}<span class="govuk-visually-hidden">, ${escapeHtml(dayInWords(day))}</span>`, classes: 'govuk-fieldset__legend--s' } },
            hint: { text: place.address ?? 'A registrar will call you at the time you choose.' },
            classes: 'govuk-radios--small govuk-radios--inline',
            items: slots.map((slot) => ({ value: slot.id, text: timeInWords(slot.startsAt), checked: slot.id === view.chosen })),
            // The error summary links to the first time, so the first group carries the message.
            errorMessage: isFirstGroup ? errorMessage : undefined,
          },
        };
      }),
    };
  });
  const first = availability.firstOffer;
  const laterDay = dayKeys[DAYS_PER_PAGE];
  return {
    firstOffer: first ? { slotId: first.id, sentence: `The first available appointment is ${appointmentInWords(first, offices)}.`, byTelephone: first.mode === 'telephone' } : null,
    days,
    laterFrom: laterDay ?? null,
    firstRadioId: days.length ? `${SLOT_FIELD}-${pageDays[0]}-0` : null,
    officeFilter: {
      id: 'office',
      name: 'office',
      label: { text: 'Show appointments at' },
      items: [{ value: '', text: 'All offices and telephone' }, ...offices.map((office) => ({ value: office.id, text: registerOfficeName(office.name), selected: office.id === view.officeId }))],
    },
  };
}
