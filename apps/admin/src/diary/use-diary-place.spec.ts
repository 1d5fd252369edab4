import { describe, expect, it } from 'vitest';
import { diaryPlaceSearch, readDiaryPlace } from './use-diary-place';

describe(readDiaryPlace.name, () => {
  it.each([
    ['', { day: '2026-07-06', view: 'week' }],
    ['?day=2026-07-09&view=day', { day: '2026-07-09', view: 'day' }],
    ['?day=2026-02-30&view=month', { day: '2026-07-06', view: 'week' }],
    ['?day=tomorrow', { day: '2026-07-06', view: 'week' }],
    ['?office=office-worcester&registrar=staff-ben', { day: '2026-07-06', view: 'week', officeId: 'office-worcester', registrarId: 'staff-ben' }],
  ])('reads %s', (search, place) => {
    expect(readDiaryPlace(search, '2026-07-06')).toEqual(place);
  });

  it('writes what it reads', () => {
    const place = { day: '2026-07-09', view: 'day', registrarId: 'staff-ben' } as const;
    expect(diaryPlaceSearch(place)).toBe('?day=2026-07-09&view=day&registrar=staff-ben');
    expect(readDiaryPlace(diaryPlaceSearch(place), '2026-07-06')).toEqual(place);
  });
});
