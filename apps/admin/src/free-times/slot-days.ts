import type { SlotResponse } from '@regflow/contracts';
import { londonDayOf } from '../dates/london';

/** The free times at one place on one day; `officeId` null: by telephone. */
export interface PlaceTimes {
  readonly officeId: string | null;
  readonly slots: readonly SlotResponse[];
}

/** A London day's free times, place by place. */
export interface DayTimes {
  /** `yyyy-mm-dd`. */
  readonly day: string;
  readonly places: readonly PlaceTimes[];
  /** How many times there are to choose from that day. */
  readonly count: number;
}

/**
 * Free times by London day, then by place (in the order each place first has a time), each in time
 * order. Two registrars free at the same time and place make one time to choose, not two.
 */
export function slotsByDay(slots: readonly SlotResponse[]): DayTimes[] {
  const days = new Map<string, Map<string | null, Map<string, SlotResponse>>>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = londonDayOf(slot.startsAt);
    const places = days.get(day) ?? new Map<string | null, Map<string, SlotResponse>>();
    const times = places.get(slot.officeId) ?? new Map<string, SlotResponse>();
    if (!times.has(slot.startsAt)) times.set(slot.startsAt, slot);
    places.set(slot.officeId, times);
    days.set(day, places);
  }
  return [...days].map(([day, places]) => {
    const placeTimes = [...places].map(([officeId, times]) => ({ officeId, slots: [...times.values()] }));
    return { day, places: placeTimes, count: placeTimes.reduce((sum, place) => sum + place.slots.length, 0) };
  });
}
