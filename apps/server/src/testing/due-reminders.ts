import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { sendJob } from '../modules/notifications/planned-message';
import { MessageEntity } from '../modules/notifications/message.entity';
import { OutboxEntryEntity } from '../modules/notifications/outbox-entry.entity';
import { AppointmentRequestEntity } from '../modules/scheduling/appointment-request.entity';
import { AppointmentEntity } from '../modules/scheduling/appointment.entity';
import { recordLeadOfficers } from '../modules/diaries/slot-claims';
import { schedulingBuilders } from './scheduling-builders';

const CHUNK = 100;

/**
 * `count` booked appointments, one every 15 minutes from `firstStartsAt`, each with a reminder due
 * at `dueAt` and its outbox row not yet dispatched: what a worker finds after a busy night.
 */
export async function seedDueReminders(dataSource: DataSource, count: number, firstStartsAt: Date, dueAt: Date): Promise<void> {
  const build = schedulingBuilders(dataSource.manager);
  await build.appointmentTypes();
  const office = await build.office();
  const registrar = await build.registrar();
  const session = await build.session(registrar.id, office.id, firstStartsAt.toISOString().slice(0, 10));
  for (let first = 0; first < count; first += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - first) }, (_, offset) => {
      const index = first + offset;
      const startsAt = new Date(firstStartsAt.getTime() + index * 15 * 60_000);
      const requestId = randomUUID();
      const appointmentId = randomUUID();
      const key = `appointment-${appointmentId}-reminder`;
      const messageId = randomUUID();
      return {
        request: { id: requestId, typeCode: 'birth', channel: 'online', requestedAt: dueAt, serviceDay: '2022-07-01', paperworkReadyAt: null, eventDate: null, coronerReferral: false, babies: 1, tellUsOnce: false, targetWorkingDays: 5, targetDeadlineOn: '2022-07-08', firstOfferStartsAt: startsAt, firstOfferAtOfficeStartsAt: startsAt, idempotencyKey: null, idempotencyBodyHash: null },
        appointment: {
          id: appointmentId,
          requestId,
          sessionId: session.id,
          registrarId: registrar.id,
          officeId: office.id,
          mode: 'face-to-face',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 15 * 60_000),
          status: 'booked',
          reference: `BRT-${String(index).padStart(4, '0')}-XY`,
          residentName: 'Aled Jones',
          residentEmail: `resident-${index}@example.org`,
          residentPhone: null,
          notes: null,
          registeredAt: null,
          createdAt: dueAt,
          updatedAt: dueAt,
        },
        message: { id: messageId, key, kind: 'reminder', audience: 'resident', channel: 'email', recipient: `resident-${index}@example.org`, appointmentId, subject: null, status: 'queued', dueAt, attempts: 0, lastError: null, sentAt: null, createdAt: dueAt },
      } as const;
    });
    await dataSource.transaction(async (manager) => {
      await manager.insert(AppointmentRequestEntity, rows.map((row) => ({ ...row.request })));
      await manager.insert(AppointmentEntity, rows.map((row) => ({ ...row.appointment })));
      await recordLeadOfficers(manager, rows.map((row) => row.appointment));
      await manager.insert(MessageEntity, rows.map((row) => ({ ...row.message })));
      await manager.insert(
        OutboxEntryEntity,
        rows.map((row) => ({ id: randomUUID(), ...sendJob(row.message as MessageEntity), dispatchedAt: null, completedAt: null, createdAt: dueAt })),
      );
    });
  }
}
