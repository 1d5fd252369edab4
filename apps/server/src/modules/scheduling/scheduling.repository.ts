import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppointmentRequestEntity } from './appointment-request.entity';
import { AppointmentEntity } from './appointment.entity';

/** The scheduling reads and writes, by intent; every method runs in the caller's unit of work. */
@Injectable()
export class SchedulingRepository {
  findRequestByIdempotencyKey(manager: EntityManager, key: string): Promise<AppointmentRequestEntity | null> {
    return manager.findOneBy(AppointmentRequestEntity, { idempotencyKey: key });
  }

  findAppointmentByRequest(manager: EntityManager, requestId: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { requestId });
  }

  findAppointment(manager: EntityManager, id: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { id });
  }

  findAppointmentByReference(manager: EntityManager, reference: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { reference });
  }

  findRequest(manager: EntityManager, id: string): Promise<AppointmentRequestEntity | null> {
    return manager.findOneBy(AppointmentRequestEntity, { id });
  }

  saveRequest(manager: EntityManager, request: AppointmentRequestEntity): Promise<AppointmentRequestEntity> {
    return manager.save(AppointmentRequestEntity, request);
  }

  saveAppointment(manager: EntityManager, appointment: AppointmentEntity): Promise<AppointmentEntity> {
    return manager.save(AppointmentEntity, appointment);
  }
}
