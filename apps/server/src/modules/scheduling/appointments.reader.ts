import { Injectable } from '@nestjs/common';
import { CivilDate } from '@regflow/calendar';
import { EntityManager, In } from 'typeorm';
import { inServiceDayOrder, londonDayRange } from '../../common/records/records';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';

/** An appointment as other modules read it. */
export type AppointmentRecord = Readonly<AppointmentEntity>;
/** An appointment request as other modules read it. */
export type RequestRecord = Readonly<AppointmentRequestEntity>;

export interface RequestWithAppointment {
  readonly request: RequestRecord;
  readonly appointment: AppointmentRecord | null;
}

export interface AppointmentWithRequest {
  readonly appointment: AppointmentRecord;
  readonly request: RequestRecord;
}

/** A line of a registrar's day. */
export interface DiaryLine {
  readonly startsAt: Date;
  readonly mode: AppointmentRecord['mode'];
  readonly reference: string;
  readonly typeCode: RequestRecord['typeCode'];
}

/** What other modules read of appointments and requests; every method runs in the caller's unit of work. */
@Injectable()
export class AppointmentsReader {
  async withRequest(manager: EntityManager, appointmentId: string): Promise<AppointmentWithRequest | null> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId });
    const request = appointment && (await manager.findOneBy(AppointmentRequestEntity, { id: appointment.requestId }));
    return appointment && request ? { appointment, request } : null;
  }

  /** The registrar's booked and attended appointments on a London day, earliest first. */
  async dayOf(manager: EntityManager, registrarId: string, day: CivilDate): Promise<DiaryLine[]> {
    const appointments = await manager.find(AppointmentEntity, {
      where: { registrarId, status: In(['booked', 'attended']), startsAt: londonDayRange(day) },
      order: { startsAt: 'ASC' },
    });
    const requests = appointments.length ? await manager.findBy(AppointmentRequestEntity, { id: In(appointments.map((appointment) => appointment.requestId)) }) : [];
    const typeOf = new Map(requests.map((request) => [request.id, request.typeCode]));
    return appointments.map(({ startsAt, mode, reference, requestId }) => ({ startsAt, mode, reference, typeCode: typeOf.get(requestId)! }));
  }

  /**
   * Every request filed on the service days `from`..`to`, with its appointment, a batch at a time in
   * (service day, id) order, so memory stays bounded however many there are.
   */
  forEachRequest(manager: EntityManager, from: CivilDate, to: CivilDate, handle: (batch: RequestWithAppointment[]) => void): Promise<number> {
    return inServiceDayOrder(manager, AppointmentRequestEntity, from, to, async (requests) => {
      const appointments = await manager.findBy(AppointmentEntity, { requestId: In(requests.map((request) => request.id)) });
      const appointmentOf = new Map(appointments.map((appointment) => [appointment.requestId, appointment]));
      handle(requests.map((request) => ({ request, appointment: appointmentOf.get(request.id) ?? null })));
    });
  }
}
