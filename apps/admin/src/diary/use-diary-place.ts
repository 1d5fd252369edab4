import { useCallback, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { isCivilDay } from '../dates/london';
import type { DiaryView } from './london-calendar';

/** What the diary shows; kept in the address (`/diary?day=2026-07-06&view=day`) so Back and links return to it. */
export interface DiaryPlace {
  readonly day: string;
  readonly view: DiaryView;
  readonly officeId?: string;
  readonly registrarId?: string;
}

const PARAMS = { day: 'day', view: 'view', officeId: 'office', registrarId: 'registrar' } as const;

/** The place an address asks for; a missing or impossible day is `today`, a missing view the week. */
export function readDiaryPlace(search: string, today: string): DiaryPlace {
  const params = new URLSearchParams(search);
  const day = params.get(PARAMS.day);
  const view = params.get(PARAMS.view);
  return {
    day: day && isCivilDay(day) ? day : today,
    view: view === 'day' ? 'day' : 'week',
    ...(params.get(PARAMS.officeId) ? { officeId: params.get(PARAMS.officeId)! } : {}),
    ...(params.get(PARAMS.registrarId) ? { registrarId: params.get(PARAMS.registrarId)! } : {}),
  };
}

export function diaryPlaceSearch(place: DiaryPlace): string {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(PARAMS) as [keyof DiaryPlace, string][]) {
    const value = place[field];
    if (value) params.set(param, value);
  }
  return `?${params}`;
}

export function useDiaryPlace(today: string): [DiaryPlace, (change: Partial<DiaryPlace>) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const place = useMemo(() => readDiaryPlace(location.search, today), [location.search, today]);
  // Changes in quick succession (an office, then a registrar, then the next week) must all stand,
  // though the address each one sees may be one written before the last: `written` holds the
  // addresses asked for and not yet rendered, and until it is empty the place asked for last wins.
  const latest = useRef(place);
  const written = useRef<string[]>([]);
  const rendered = written.current.indexOf(location.search);
  written.current = rendered < 0 ? [] : written.current.slice(rendered + 1);
  if (written.current.length === 0) latest.current = place;
  const change = useCallback(
    (next: Partial<DiaryPlace>) => {
      latest.current = { ...latest.current, ...next };
      const search = diaryPlaceSearch(latest.current);
      written.current.push(search);
      navigate({ pathname: location.pathname, search }, { replace: true });
    },
    [location.pathname, navigate],
  );
  return [place, change];
}
