import type { AppointmentResponse, BlockResponse, SessionResponse } from '@regflow/contracts';
import { HttpError, useGetList } from 'react-admin';
import type { DiaryRange } from './london-calendar';

/** Whose diary and where: a registrar's own, or what a manager chose (nothing chosen: everyone's). */
export interface DiaryScope {
  readonly registrarId?: string;
  readonly officeId?: string;
}

/** The most a list asks for at once (the server's page limit). */
export const DIARY_PAGE = 500;

/** While the next week loads, the calendar keeps showing the last one instead of emptying. */
const keepShowing = <T>(previous: T | undefined) => previous;

/** A refusal (4xx) will not change by asking again; a fault or a lost connection might. */
function retryUnlessRefused(failures: number, error: Error): boolean {
  const refused = error instanceof HttpError && error.status >= 400 && error.status < 500;
  return !refused && failures < 3;
}

/** Sessions, blocked time and appointments of the visible days only. */
export function useDiaryData(range: DiaryRange, scope: DiaryScope, enabled: boolean) {
  const days = { day_gte: range.from, day_lte: range.to };
  const registrar = scope.registrarId ? { registrarId: scope.registrarId } : {};
  const office = scope.officeId ? { officeId: scope.officeId } : {};
  const options = { enabled, placeholderData: keepShowing, retry: retryUnlessRefused };
  const pagination = { page: 1, perPage: DIARY_PAGE };

  const sessions = useGetList<SessionResponse>(
    'sessions',
    { filter: { ...days, ...registrar, ...office }, pagination, sort: { field: 'day', order: 'ASC' } },
    options,
  );
  // Blocks carry no office: those of sessions the office filter hides are dropped with their session.
  const blocks = useGetList<BlockResponse>('blocks', { filter: { ...days, ...registrar }, pagination, sort: { field: 'startsAt', order: 'ASC' } }, options);
  // A cancelled appointment no longer holds its time: the server leaves it out.
  const appointments = useGetList<AppointmentResponse>(
    'appointments',
    { filter: { ...days, ...registrar, ...office, status_ne: 'cancelled' }, pagination, sort: { field: 'startsAt', order: 'ASC' } },
    options,
  );

  const queries = [sessions, blocks, appointments];
  return {
    sessions: sessions.data ?? [],
    blocks: blocks.data ?? [],
    appointments: appointments.data ?? [],
    /** Nothing to show yet. */
    isPending: queries.some((query) => query.isPending),
    /** Showing the last days' data while the new ones load. */
    isRefreshing: queries.some((query) => query.isPlaceholderData || query.isFetching),
    error: queries.find((query) => query.error)?.error ?? null,
    /** More appointments or sessions than one page: the diary shows the first page only. */
    isTruncated: queries.some((query) => (query.total ?? 0) > (query.data?.length ?? 0)),
    refetch: () => queries.forEach((query) => void query.refetch()),
  };
}
