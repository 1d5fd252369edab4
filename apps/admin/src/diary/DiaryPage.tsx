import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import type { BlockResponse, SessionResponse, StaffRole } from '@regflow/contracts';
import { seesEveryDiary } from '../auth/access';
import { useCallback, useMemo, useState } from 'react';
import { Title, useCreatePath, useDataProvider, useGetIdentity, useNavigate, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { RegflowDataProvider } from '../data-provider';
import { londonDayOf, londonTimeOf } from '../dates/london';
import { useOffices, useRegistrars } from '../reference-data/use-reference-data';
import { BlockFormValues } from '../resources/blocks';
import { SessionFormValues } from '../resources/sessions';
import { visuallyHidden } from '../visually-hidden';
import { BlockDialog } from './BlockDialog';
import { SessionDialog } from './SessionDialog';
import { DiaryAppointmentList } from './DiaryAppointmentList';
import { DiaryCalendar, DiaryCalendarProps, DiaryResource } from './DiaryCalendar';
import { DiaryFilters } from './DiaryFilters';
import { DiaryLegend } from './DiaryLegend';
import { DiaryEmpty, DiaryError, DiaryLoading } from './DiaryStates';
import { DiaryToolbar } from './DiaryToolbar';
import { DiaryEvent, diaryEvents, eventTimes, sessionAround, shownAppointments } from './diary-events';
import { diaryRange, visibleHours } from './london-calendar';
import { moveByDrop, moveReport } from './move-by-drop';
import { DIARY_PAGE, DiaryScope, useDiaryData } from './use-diary-data';
import { useDiaryPlace } from './use-diary-place';

const KEY = 'regflow.diary';

type DiaryDialog =
  | { readonly kind: 'session'; readonly session?: SessionResponse; readonly defaults?: SessionFormValues }
  | { readonly kind: 'block'; readonly session: SessionResponse; readonly block?: BlockResponse; readonly defaults?: BlockFormValues };

export interface DiaryPageProps {
  /** The clock: which day "today" is, and where the calendar draws the current time. */
  readonly getNow?: () => Date;
}

const currentTime = () => new Date();

/**
 * My diary (`/diary`): a registrar's sessions, blocked time and appointments by day or week, in
 * London time; managers choose an office and a registrar. Appointments open on selection and move
 * by drag and drop; sessions and blocked time are opened and changed in dialogs.
 */
export function DiaryPage({ getNow = currentTime }: DiaryPageProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const { permissions, isPending: rolesPending } = usePermissions<readonly StaffRole[]>();
  const { identity, isPending: identityPending } = useGetIdentity();
  const today = londonDayOf(getNow());
  const [place, changePlace] = useDiaryPlace(today);
  const manager = seesEveryDiary(permissions ?? []);
  const ready = !rolesPending && !identityPending && identity !== undefined;
  const scope: DiaryScope = manager ? { registrarId: place.registrarId, officeId: place.officeId } : { registrarId: identity ? String(identity.id) : undefined };
  const range = diaryRange(place.day, place.view);
  const data = useDiaryData(range, scope, ready);
  const offices = useOffices();
  const registrars = useRegistrars({ enabled: manager });
  const [dialog, setDialog] = useState<DiaryDialog | null>(null);
  const [moving, setMoving] = useState(false);

  const officeNames = useMemo(() => new Map((offices.data ?? []).map((office) => [office.id, office.name])), [offices.data]);
  const registrarNames = useMemo(() => new Map((registrars.data ?? []).map((registrar) => [registrar.id, registrar.name])), [registrars.data]);
  const { events, backgroundEvents } = useMemo(
    () => diaryEvents({ sessions: data.sessions, blocks: data.blocks, appointments: data.appointments, officeNames }),
    [data.sessions, data.blocks, data.appointments, officeNames],
  );
  const hours = visibleHours(eventTimes(data));
  const resources = useMemo(
    () => (manager && place.view === 'day' && !place.registrarId ? registrarColumns(backgroundEvents, events, registrarNames) : undefined),
    [manager, place.view, place.registrarId, backgroundEvents, events, registrarNames],
  );

  const closeDialog = useCallback(() => setDialog(null), []);
  const newSession = () => setDialog({ kind: 'session', defaults: { day: place.day, ...(scope.registrarId ? { registrarId: scope.registrarId } : {}) } });

  const open = (event: DiaryEvent) => {
    switch (event.kind) {
      case 'appointment':
        return navigate(createPath({ resource: 'appointments', id: event.appointment.id, type: 'show' }));
      case 'session':
        return setDialog({ kind: 'session', session: event.session });
      case 'block': {
        const session = data.sessions.find((candidate) => candidate.id === event.block.sessionId);
        return session && setDialog({ kind: 'block', session, block: event.block });
      }
    }
  };

  const selectRange: DiaryCalendarProps['onSelectRange'] = ({ start, end, registrarId = scope.registrarId }) => {
    const selected = { day: londonDayOf(start), startTime: londonTimeOf(start), endTime: londonTimeOf(end), registrarId };
    const session = sessionAround(data.sessions, selected);
    const { day, startTime, endTime } = selected;
    setDialog(
      session
        ? { kind: 'block', session, defaults: { startTime, endTime } }
        : { kind: 'session', defaults: { day, startTime, endTime, ...(registrarId ? { registrarId } : {}) } },
    );
  };

  const drop: DiaryCalendarProps['onDrop'] = async ({ event, start, registrarId = event.appointment.registrarId }) => {
    setMoving(true);
    const outcome = await moveByDrop(dataProvider, { appointment: event.appointment, start, registrarId }, data.sessions);
    setMoving(false);
    const report = moveReport(outcome, translate(`${KEY}.types.${event.appointment.type}`));
    if (!report) return;
    notify(`${KEY}.move.${report.key}`, { type: report.tone, messageArgs: report.args, multiLine: true, autoHideDuration: report.tone === 'success' ? 5000 : 15000 });
    if (outcome.kind === 'moved' || outcome.kind === 'refused') refresh();
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={`${KEY}.title`} />
      <Typography component="h1" sx={visuallyHidden}>
        {translate(`${KEY}.title`)}
      </Typography>
      {manager && <DiaryFilters place={place} offices={offices.data ?? []} registrars={registrars.data ?? []} onChangePlace={changePlace} />}
      <DiaryToolbar place={place} today={today} onChangePlace={changePlace} onNewSession={newSession} />
      {data.error ? (
        <DiaryError error={data.error} onRetry={data.refetch} />
      ) : !ready || data.isPending ? (
        <DiaryLoading />
      ) : (
        <>
          {data.sessions.length === 0 && <DiaryEmpty view={place.view} onOpenSession={newSession} />}
          {data.isTruncated && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate(`${KEY}.truncated`, { count: DIARY_PAGE })}
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(`${KEY}.toolbar.drag_hint`)}
          </Typography>
          <Box role="status" sx={{ minHeight: 4 }}>
            {(data.isRefreshing || moving) && (
              <>
                <LinearProgress aria-hidden />
                <Box component="span" sx={visuallyHidden}>
                  {translate(moving ? `${KEY}.move.moving` : `${KEY}.refreshing`)}
                </Box>
              </>
            )}
          </Box>
          <DiaryCalendar
            day={place.day}
            view={place.view}
            events={events}
            backgroundEvents={backgroundEvents}
            resources={resources}
            hours={hours}
            getNow={getNow}
            onOpen={open}
            onSelectRange={selectRange}
            onDrop={drop}
            onChangePlace={changePlace}
          />
          <DiaryLegend />
          <DiaryAppointmentList appointments={shownAppointments(data.appointments)} view={place.view} registrarNames={manager ? registrarNames : undefined} />
        </>
      )}
      {dialog?.kind === 'session' && (
        <SessionDialog
          session={dialog.session}
          defaults={dialog.defaults}
          chooseRegistrar={manager}
          onClose={closeDialog}
          onBlockTime={(session) => setDialog({ kind: 'block', session })}
        />
      )}
      {dialog?.kind === 'block' && <BlockDialog session={dialog.session} block={dialog.block} defaults={dialog.defaults} onClose={closeDialog} />}
    </Box>
  );
}

/** The day view's columns when a manager sees everyone: each registrar with a session or an appointment that day, by name. */
function registrarColumns(sessions: readonly DiaryEvent[], events: readonly DiaryEvent[], names: ReadonlyMap<string, string>): DiaryResource[] | undefined {
  const ids = [...new Set([...sessions, ...events].map((event) => event.registrarId))];
  if (ids.length === 0) return undefined;
  return ids.map((id) => ({ id, title: names.get(id) ?? id })).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
