import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import { Box } from '@mui/material';
import { DateTime } from 'luxon';
import { HTMLAttributes, KeyboardEvent, SyntheticEvent, useCallback, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { Calendar, HeaderProps, SlotInfo, stringOrDate } from 'react-big-calendar';
import dragAndDropAddon, { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import { londonDayOf, londonInstant, londonTimeOf } from '../dates/london';
import { APPOINTMENT_TEXT, BLOCK_STYLE, SESSION_STYLE, TELEPHONE_SESSION_STYLE, TYPE_COLOURS } from './diary-colours';
import type { AppointmentEvent, DiaryEvent, SessionEvent } from './diary-events';
import { DiaryEventContent, eventTooltip } from './DiaryEventContent';
import { DIARY_CULTURE, DIARY_FORMATS, DiaryView, londonLocalizer } from './london-calendar';

/** A column of the day view when a manager sees every registrar side by side. */
export interface DiaryResource {
  readonly id: string;
  readonly title: string;
}

// The addon ships as CommonJS only: Vite's build hands a `"type": "module"` app its whole
// exports object as the default import, vitest the function itself.
const withDragAndDrop: typeof dragAndDropAddon =
  typeof dragAndDropAddon === 'function' ? dragAndDropAddon : (dragAndDropAddon as unknown as { default: typeof dragAndDropAddon }).default;

const DragAndDropCalendar = withDragAndDrop<DiaryEvent, DiaryResource>(Calendar);

const VIEWS: DiaryView[] = ['day', 'week'];

/** A day's heading: the button it sits in opens the day. (The stock one claims to be a table's column header, with no table.) */
function DayHeader({ label }: HeaderProps) {
  return <span>{label}</span>;
}

export interface DiaryCalendarProps {
  readonly day: string;
  readonly view: DiaryView;
  readonly events: DiaryEvent[];
  readonly backgroundEvents: SessionEvent[];
  /** One column per registrar; absent, one column per day. */
  readonly resources?: DiaryResource[];
  /** `HH:mm` London: the first and last hour the grid shows. */
  readonly hours: { readonly from: string; readonly to: string };
  readonly getNow: () => Date;
  readonly onOpen: (event: DiaryEvent) => void;
  /** A range of free time selected with the mouse (or a long press). */
  readonly onSelectRange: (range: { readonly start: Date; readonly end: Date; readonly registrarId?: string }) => void;
  readonly onDrop: (drop: { readonly event: AppointmentEvent; readonly start: Date; readonly registrarId?: string }) => void;
  readonly onChangePlace: (place: { readonly day?: string; readonly view?: DiaryView }) => void;
}

const toDate = (value: stringOrDate) => (value instanceof Date ? value : DateTime.fromISO(value).toJSDate());

/** A column's registrar, when columns are registrars (react-big-calendar passes a placeholder object otherwise). */
const registrarOf = (resourceId: unknown) => (typeof resourceId === 'string' ? { registrarId: resourceId } : {});

const isDraggable = (event: DiaryEvent) => event.kind === 'appointment' && event.appointment.status === 'booked';

function eventProps(event: DiaryEvent): HTMLAttributes<HTMLDivElement> {
  switch (event.kind) {
    case 'appointment':
      return {
        className: `diary-appointment diary-type-${event.appointment.type}`,
        style: { backgroundColor: TYPE_COLOURS[event.appointment.type], color: APPOINTMENT_TEXT, borderColor: '#ffffff' },
      };
    case 'block':
      return { className: 'diary-block', style: BLOCK_STYLE };
    case 'session':
      return { className: 'diary-session', style: event.session.officeId === null ? TELEPHONE_SESSION_STYLE : SESSION_STYLE };
  }
}

/**
 * Each time slot names its London day and time (and its column's registrar), for tests and tools
 * that drop on a time: `.rbc-day-slot [data-slot="2026-07-06T10:15"]`.
 */
function slotProps(date: Date, resourceId?: string | number): HTMLAttributes<HTMLDivElement> {
  const props: Record<string, string> = {
    'data-slot': `${londonDayOf(date)}T${londonTimeOf(date)}`,
    ...(typeof resourceId === 'string' ? { 'data-registrar': resourceId } : {}),
  };
  return props;
}

/** The day and week calendar: London time whatever the browser's zone, appointments draggable while booked. */
export function DiaryCalendar(props: DiaryCalendarProps) {
  const { day, view, events, backgroundEvents, resources, hours, getNow, onOpen, onSelectRange, onDrop, onChangePlace } = props;
  const translate = useTranslate();
  const tooltip = useCallback((event: DiaryEvent) => eventTooltip(translate, event), [translate]);
  const bounds = useMemo(
    () => ({ date: londonInstant(day, '12:00'), min: londonInstant(day, hours.from), max: londonInstant(day, hours.to) }),
    [day, hours.from, hours.to],
  );

  const handleKey = useCallback(
    (event: DiaryEvent, keyEvent: SyntheticEvent<HTMLElement>) => {
      const { key } = keyEvent as KeyboardEvent<HTMLElement>;
      if (key !== 'Enter' && key !== ' ') return;
      keyEvent.preventDefault();
      onOpen(event);
    },
    [onOpen],
  );
  const handleSelectSlot = useCallback(
    ({ action, start, end, resourceId }: SlotInfo) => {
      if (action === 'select') onSelectRange({ start, end, ...registrarOf(resourceId) });
    },
    [onSelectRange],
  );
  const handleDrop = useCallback(
    ({ event, start, resourceId, isAllDay }: EventInteractionArgs<DiaryEvent>) => {
      if (event.kind === 'appointment' && !isAllDay) onDrop({ event, start: toDate(start), ...registrarOf(resourceId) });
    },
    [onDrop],
  );

  return (
    <Box sx={CALENDAR_SX}>
      <DragAndDropCalendar
        localizer={londonLocalizer}
        culture={DIARY_CULTURE}
        formats={DIARY_FORMATS}
        views={VIEWS}
        view={view}
        onView={(next) => onChangePlace({ view: next === 'day' ? 'day' : 'week' })}
        date={bounds.date}
        onNavigate={(next) => onChangePlace({ day: londonDayOf(next) })}
        onDrillDown={(next) => onChangePlace({ day: londonDayOf(next), view: 'day' })}
        getNow={getNow}
        toolbar={false}
        min={bounds.min}
        max={bounds.max}
        scrollToTime={bounds.min}
        step={15}
        timeslots={4}
        events={events}
        backgroundEvents={backgroundEvents}
        resources={resources}
        resourceAccessor="registrarId"
        resourceIdAccessor="id"
        resourceTitleAccessor="title"
        titleAccessor={tooltip}
        tooltipAccessor={tooltip}
        eventPropGetter={eventProps}
        slotPropGetter={slotProps}
        components={{ event: DiaryEventContent, header: DayHeader }}
        onSelectEvent={onOpen}
        onKeyPressEvent={handleKey}
        selectable
        onSelectSlot={handleSelectSlot}
        draggableAccessor={isDraggable}
        resizable={false}
        onEventDrop={handleDrop}
      />
    </Box>
  );
}

const CALENDAR_SX = {
  height: { xs: '70vh', md: '72vh' },
  minHeight: 480,
  // The diary has no all-day events.
  '& .rbc-allday-cell': { display: 'none' },
  // An hour tall enough to read a 15-minute appointment.
  '& .rbc-timeslot-group': { minHeight: 96 },
  '& .rbc-time-slot': { minHeight: 24 },
  '& .rbc-event, & .rbc-background-event': { fontSize: '0.8125rem', lineHeight: 1.3 },
  '& .rbc-event-label': { fontWeight: 600 },
  // Appointments and blocks leave a strip on the right where the session behind them names its place.
  '& .rbc-day-slot .rbc-event': { maxWidth: 'calc(100% - 1.75rem)' },
  '& .rbc-background-event .rbc-event-label': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
  '& .diary-session .rbc-event-content': {
    position: 'absolute',
    top: 4,
    right: 2,
    bottom: 4,
    writingMode: 'vertical-rl',
    overflow: 'hidden',
    fontWeight: 600,
  },
  '& .rbc-event:focus-visible, & .rbc-background-event:focus-visible': { outline: '3px solid #ffbf47', outlineOffset: 1 },
} as const;
