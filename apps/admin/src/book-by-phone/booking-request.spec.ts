import { describe, expect, it } from 'vitest';
import { asksForTheSameTimes, availabilityQueryOf, bookingRequestOf, detailsProblems, NO_DETAILS, NOTHING_CHOSEN, ResidentDetails, waitingFor, WhatToBook } from './booking-request';

const TODAY = '2026-12-07';
const everywhere = { from: TODAY, officeId: null };
const birth: WhatToBook = { ...NOTHING_CHOSEN, type: 'birth' };
const death: WhatToBook = { ...NOTHING_CHOSEN, type: 'death', tellUsOnce: true };
const aled: ResidentDetails = { ...NO_DETAILS, name: 'Aled Jones' };

describe(availabilityQueryOf.name, () => {
  it('waits for a type, and for a death for the Tell Us Once answer', () => {
    expect(waitingFor(NOTHING_CHOSEN)).toBe('type');
    expect(availabilityQueryOf(NOTHING_CHOSEN, everywhere)).toBeNull();
    expect(waitingFor({ ...death, tellUsOnce: null })).toBe('tell_us_once');
    expect(availabilityQueryOf({ ...death, tellUsOnce: null }, everywhere)).toBeNull();
  });

  it('asks for 14 days of times that fit the babies of a birth', () => {
    expect(availabilityQueryOf({ ...birth, babies: 2 }, everywhere)).toEqual({ type: 'birth', from: TODAY, days: 14, babies: 2 });
  });

  it('asks for times that fit Tell Us Once for a death, at one office when filtered', () => {
    expect(availabilityQueryOf(death, { from: '2026-12-21', officeId: 'chel' })).toEqual({ type: 'death', from: '2026-12-21', days: 14, office: 'chel', tellUsOnce: true });
  });

  it('asks nothing extra for a still-birth', () => {
    expect(availabilityQueryOf({ ...NOTHING_CHOSEN, type: 'still-birth' }, everywhere)).toEqual({ type: 'still-birth', from: TODAY, days: 14 });
  });
});

describe(asksForTheSameTimes.name, () => {
  it.each<[string, WhatToBook, boolean]>([
    ['channel', { ...birth, channel: 'walk-in' }, true],
    ['number of babies', { ...birth, babies: 2 }, false],
    ['type', { ...birth, type: 'still-birth' }, false],
  ])('says whether a new %s asks for other times', (_case, after, same) => {
    expect(asksForTheSameTimes(birth, after)).toBe(same);
  });

  it('asks again when a death gets its Tell Us Once answer', () => {
    expect(asksForTheSameTimes(death, { ...death, tellUsOnce: false })).toBe(false);
  });
});

describe(detailsProblems.name, () => {
  it('needs only a name: email and telephone are optional for staff bookings', () => {
    expect(detailsProblems('birth', aled, TODAY)).toEqual({});
  });

  it.each<[string, Partial<ResidentDetails>, ReturnType<typeof detailsProblems>]>([
    ['no name', { name: '  ' }, { name: 'name_missing' }],
    ['a name with markup', { name: '<b>Aled</b>' }, { name: 'name_characters' }],
    ['a name too long', { name: 'A'.repeat(121) }, { name: 'name_too_long' }],
    ['an email that is not one', { email: 'aled@' }, { email: 'email_invalid' }],
    ['a telephone number with letters', { phone: 'call me' }, { phone: 'phone_invalid' }],
  ])('finds %s', (_case, patch, problems) => {
    expect(detailsProblems('birth', { ...aled, ...patch }, TODAY)).toEqual(problems);
  });

  it.each<[string, Partial<ResidentDetails>, ReturnType<typeof detailsProblems>]>([
    ['neither a date of death nor "not known"', {}, { dateOfDeath: 'date_of_death_missing' }],
    ['a date of death after today', { dateOfDeath: '2026-12-08' }, { dateOfDeath: 'date_of_death_in_future' }],
    ['a date of death that is no date', { dateOfDeath: '2026-02-30' }, { dateOfDeath: 'date_of_death_invalid' }],
    ['a date of death today', { dateOfDeath: TODAY }, {}],
    ['"not known"', { dateOfDeathUnknown: true }, {}],
    ['"not known" beside a date typed before', { dateOfDeath: '2026-12-31', dateOfDeathUnknown: true }, {}],
  ])('for a death, accepts or refuses %s', (_case, patch, problems) => {
    expect(detailsProblems('death', { ...aled, ...patch }, TODAY)).toEqual(problems);
  });
});

describe(bookingRequestOf.name, () => {
  it('sends no email field, and no telephone field, when the caller has neither', () => {
    expect(bookingRequestOf('birth', birth, 'slot-1', { ...aled, name: ' Aled Jones ', email: ' ', phone: '' })).toEqual({
      slotId: 'slot-1',
      type: 'birth',
      channel: 'phone',
      resident: { name: 'Aled Jones' },
      babies: 1,
    });
  });

  it('sends the contact details given, trimmed', () => {
    const request = bookingRequestOf('still-birth', { ...NOTHING_CHOSEN, type: 'still-birth', channel: 'walk-in' }, 'slot-1', { ...aled, email: ' aled@example.org ', phone: '07700 900123 ' });

    expect(request).toEqual({ slotId: 'slot-1', type: 'still-birth', channel: 'walk-in', resident: { name: 'Aled Jones', email: 'aled@example.org', phone: '07700 900123' } });
  });

  it('sends the date of death as the event date', () => {
    const request = bookingRequestOf('death', death, 'slot-1', { ...aled, dateOfDeath: '2026-12-05' });

    expect(request).toMatchObject({ tellUsOnce: true, eventDate: '2026-12-05' });
    expect(request).not.toHaveProperty('dateOfDeathUnknown');
  });

  it('flags a death whose date is not known, without a date', () => {
    const request = bookingRequestOf('death', { ...death, tellUsOnce: false }, 'slot-1', { ...aled, dateOfDeath: '2026-12-05', dateOfDeathUnknown: true });

    expect(request).toMatchObject({ tellUsOnce: false, dateOfDeathUnknown: true });
    expect(request).not.toHaveProperty('eventDate');
  });
});
