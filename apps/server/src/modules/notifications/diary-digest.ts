import { Injectable, OnModuleInit } from '@nestjs/common';
import { isWorkingDay, serviceDay } from '@regflow/calendar';
import { formatDay, formatLondonTime, renderMessage } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { Links } from '../../common/links/links';
import { UnitOfWork } from '../../common/unit-of-work';
import { DiaryTimeService } from '../diaries/diary-time.service';
import { ClosureDaysService } from '../settings/closure-days.service';
import { AppointmentsReader } from '../scheduling/appointments.reader';
import { AppointmentTypesReader } from '../settings/appointment-types.reader';
import { StaffDirectory } from '../staff/staff-directory.service';
import { ComposedMessage, MessageKindComposer, MessageKindRegistry, MessageToCompose } from './message-kinds';
import { staffNote } from './staff-note';
import { StaffMessages } from './staff-messages';

export const DIARY_DIGEST_KIND = 'diary-digest';

/** Early on each working day, each registrar with sessions that day gets their day's list. */
@Injectable()
export class DiaryDigest implements MessageKindComposer, OnModuleInit {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly staffMessages: StaffMessages,
    private readonly kinds: MessageKindRegistry,
    private readonly links: Links,
    private readonly closureDays: ClosureDaysService,
    private readonly diaryTime: DiaryTimeService,
    private readonly appointments: AppointmentsReader,
    private readonly types: AppointmentTypesReader,
    private readonly staff: StaffDirectory,
  ) {}

  onModuleInit(): void {
    this.kinds.register([DIARY_DIGEST_KIND], this);
  }

  /** Returns how many digests were planned. */
  send(): Promise<number> {
    return this.unitOfWork.run(async (manager) => {
      const now = this.clock.now();
      const today = serviceDay(now);
      const closed = await this.closureDays.isClosed(manager, today);
      if (closed || !isWorkingDay(today)) return 0;
      const { sessions } = await this.diaryTime.window(manager, today, today);
      const registrars = await this.staff.activeAmong(manager, sessions.map((session) => session.registrarId));
      for (const registrar of registrars) {
        const key = `digest-${registrar.id}-${today}`;
        await this.staffMessages.queue(manager, registrar, { key, kind: DIARY_DIGEST_KIND, subject: today, appointmentId: null }, now);
      }
      return registrars.length;
    });
  }

  /** The registrar's appointments on the day the digest is for (its subject). */
  async compose(manager: EntityManager, message: MessageToCompose): Promise<ComposedMessage> {
    const day = message.subject;
    if (!day) return staffNote(message, this.links);
    const registrar = await this.staff.findByEmail(manager, message.recipient);
    const appointments = registrar ? await this.appointments.dayOf(manager, registrar.id, day) : [];
    const typeNames = new Map((await this.types.all(manager)).map((type) => [type.code, type.name]));
    const lines = appointments.map((line) => `${formatLondonTime(line.startsAt)}: ${typeNames.get(line.typeCode) ?? line.typeCode}, ${line.mode}, ${line.reference}`);
    return renderMessage(`Your appointments on ${formatDay(day)}: ${appointments.length}`, [
      appointments.length ? { kind: 'list', items: lines } : { kind: 'paragraph', text: 'No appointments are booked yet.' },
      { kind: 'link', lead: 'Open your diary', url: this.links.staffHome() },
    ]);
  }
}
