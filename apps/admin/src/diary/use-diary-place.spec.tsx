import { act, renderHook } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { diaryPlaceSearch, readDiaryPlace, useDiaryPlace } from './use-diary-place';

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

describe(useDiaryPlace.name, () => {
  it('keeps both of two changes made before the address is rendered again', () => {
    const { result } = renderHook(() => [useDiaryPlace('2026-07-06'), useLocation()] as const, {
      wrapper: ({ children }) => <MemoryRouter initialEntries={['/diary?view=week']}>{children}</MemoryRouter>,
    });
    const [[, change]] = result.current;

    act(() => {
      change({ officeId: 'office-worcester' });
      change({ registrarId: 'staff-amrit' });
    });

    const [[place], location] = result.current;
    expect(place).toEqual({ day: '2026-07-06', view: 'week', officeId: 'office-worcester', registrarId: 'staff-amrit' });
    expect(location.search).toBe('?day=2026-07-06&view=week&office=office-worcester&registrar=staff-amrit');
  });
});

describe('useDiaryPlace, rendered between changes', () => {
  it('keeps a change made after the address of an earlier one was rendered but before its own was', () => {
    const { result, rerender } = renderHook(() => [useDiaryPlace('2026-07-06'), useLocation()] as const, {
      wrapper: ({ children }) => <MemoryRouter initialEntries={['/diary?view=week']}>{children}</MemoryRouter>,
    });

    act(() => {
      result.current[0][1]({ officeId: 'office-worcester' });
      result.current[0][1]({ registrarId: 'staff-amrit' });
    });
    rerender();
    act(() => result.current[0][1]({ day: '2026-07-13' }));

    expect(result.current[1].search).toBe('?day=2026-07-13&view=week&office=office-worcester&registrar=staff-amrit');
  });
});
