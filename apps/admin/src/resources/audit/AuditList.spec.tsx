import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../../test/render-in-admin';
import { staff } from '../../test/builders';
import { listsServer } from '../../test/fake-server';
import { anAuditEntry } from '../shared/lists.fixtures';
import { AuditList } from './AuditList';
import { AuditTrail } from './AuditTrail';

const moved = anAuditEntry({
  id: 'audit-2',
  actorKind: 'resident',
  actorId: null,
  action: 'rescheduled',
  changes: { startsAt: '2026-07-09T13:00:00.000Z', sessionId: 'session-thu' },
  at: '2026-07-06T18:20:00.000Z',
});

const auditedLists = { audit: [anAuditEntry(), moved], staff };

describe(AuditList.name, () => {
  it('shows who changed which record, what they did and what changed, in words and London time', async () => {
    renderInAdmin(<AuditList />, { dataProvider: listsServer(auditedLists), roles: ['manager'], accessRules: true });

    const byStaff = (await screen.findByText('Changed')).closest('tr')!;
    expect(await within(byStaff).findByText('Amrit Kaur', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(byStaff).getByText('Mon 6 Jul 2026, 10:05')).toBeInTheDocument();
    expect(within(byStaff).getByText('Appointment')).toBeInTheDocument();
    expect(within(byStaff).getByRole('link', { name: 'appt-1' })).toHaveAttribute('href', '#/appointments/appt-1/show');
    expect(within(byStaff).getByRole('definition')).toHaveTextContent('attended');

    const byResident = screen.getByText('Moved').closest('tr')!;
    expect(within(byResident).getByText('A resident')).toBeInTheDocument();
    expect(within(byResident).getByText('Thu 9 Jul 2026, 14:00')).toBeInTheDocument();
  });

  it('asks for the newest changes first, and for whole London days between the dates given', async () => {
    const server = listsServer(auditedLists);
    renderInAdmin(<AuditList />, { dataProvider: server, roles: ['manager'], accessRules: true });
    await screen.findByText('Changed');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-07-06' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-07-06' } });

    await waitFor(() =>
      expect(server.getList).toHaveBeenLastCalledWith(
        'audit',
        expect.objectContaining({ filter: { at_gte: '2026-07-05T23:00:00.000Z', at_lte: '2026-07-06T22:59:59.999Z' }, sort: { field: 'at', order: 'DESC' } }),
      ),
    );
  });

  it("sends a registrar who opens it to react-admin's access-denied page", async () => {
    renderInAdmin(<AuditList />, { dataProvider: listsServer(auditedLists), roles: ['registrar'], accessRules: true });

    await waitFor(() => expect(window.location.hash).toBe('#/access-denied'));
  });
});

describe(AuditTrail.name, () => {
  it('says when a record has no recorded changes', async () => {
    renderInAdmin(<AuditTrail entity="request" entityId="request-1" />, { dataProvider: listsServer({ audit: [] }), roles: ['admin'], accessRules: true });

    expect(await screen.findByText('No changes have been recorded.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Changes to this record' })).toBeInTheDocument();
  });
});
