import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { inBrowserZone } from '../test/environment';
import { renderInAdmin } from '../test/render-in-admin';
import { diaryEvents } from './diary-events';
import { aBlock, anAppointment, aSession, MONDAY_MORNING } from './diary.fixtures';
import { DiaryCalendar } from './DiaryCalendar';

// The registrar's laptop is set to California (UTC-7 in July): London's 09:00 is 01:00 there, before
// the grid starts, so a calendar drawn in the browser's zone would not show the morning at all.
inBrowserZone('America/Los_Angeles');

const { events, backgroundEvents } = diaryEvents({
  sessions: [aSession()],
  blocks: [aBlock()],
  appointments: [anAppointment({ startsAt: '2026-07-06T08:30:00Z', endsAt: '2026-07-06T09:00:00Z' })],
  officeNames: new Map([['office-worcester', 'Worcester']]),
});

function renderMonday() {
  const handlers = { onOpen: vi.fn(), onSelectRange: vi.fn(), onDrop: vi.fn(), onChangePlace: vi.fn() };
  renderInAdmin(
    <DiaryCalendar
      day="2026-07-06"
      view="day"
      events={events}
      backgroundEvents={backgroundEvents}
      hours={{ from: '08:00', to: '18:00' }}
      getNow={() => MONDAY_MORNING}
      {...handlers}
    />,
  );
  return handlers;
}

describe(DiaryCalendar.name, () => {
  it('runs in a browser zone other than London', () => {
    expect(MONDAY_MORNING.getHours()).toBe(1);
  });

  it('draws London’s hours whatever the browser’s zone', async () => {
    renderMonday();

    // 09:30 is an hour and a half into a 10-hour grid starting at 08:00: 15% down, 5% tall.
    const appointment = await screen.findByRole('button', { name: /^09:30 – 10:00 Birth · BRT-7KQ2/ });
    expect(appointment).toHaveStyle({ top: '15%', height: '5%' });
    expect(screen.getByRole('button', { name: /^09:00 – 12:30 Session: Worcester$/ })).toHaveStyle({ top: '10%', height: '35%' });
    expect(screen.getByRole('button', { name: /^11:00 – 11:30 Blocked: training$/ })).toHaveStyle({ top: '30%' });
    expect(screen.getAllByText('08:00').length).toBeGreaterThan(0);
  });

  it('names each time slot by its London day and time, for dropping on', async () => {
    renderMonday();
    await screen.findByRole('button', { name: /BRT-7KQ2/ });

    const slots = [...document.querySelectorAll('.rbc-day-slot [data-slot]')].map((slot) => slot.getAttribute('data-slot'));
    expect(slots[0]).toBe('2026-07-06T08:00');
    expect(slots).toContain('2026-07-06T10:15');
    expect(slots).toHaveLength(40);
  });
});
