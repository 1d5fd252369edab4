import { serviceDay } from '@regflow/calendar';
import type { AvailabilityResponse, SlotResponse } from '@regflow/contracts';
import type { PublicOffice } from '../booking-port';
import { dayInWords, timeInWords, whenInWords } from '../content/when';

/** The field a chosen appointment is sent in. */
export const SLOT_FIELD = 'slot';
/** Days with free times shown on one page; "Later appointments" pages on. */
export const DAYS_PER_PAGE = 3;
/** How far ahead one page looks for free times (the booking service's limit). */
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

/** Where a slot is held, in words residents read. */
export function placeOf(slot: Pick<SlotResponse, 'officeId' | 'mode'>, offices: readonly PublicOffice[]): Place {
  if (slot.mode === 'telephone') return { name: 'By telephone', address: null, phone: null };
  const office = offices.find((candidate) => candidate.id === slot.officeId);
  return office ? { name: `${office.name} Register Office`, address: office.address, phone: office.phone } : { name: 'A register office', address: null, phone: null };
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
        radioCount += slots.length;
        return {
          place,
          byTelephone: key === 'telephone',
          radios: {
            name: SLOT_FIELD,
            idPrefix,
            fieldset: { legend: { text: `${place.name}, ${dayInWords(day)}`, classes: 'govuk-fieldset__legend--s' } },
            classes: 'govuk-radios--small',
            items: slots.map((slot) => ({ value: slot.id, text: timeInWords(slot.startsAt), checked: slot.id === view.chosen })),
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
      items: [{ value: '', text: 'All offices and telephone' }, ...offices.map((office) => ({ value: office.id, text: `${office.name} Register Office`, selected: office.id === view.officeId }))],
    },
  };
}
