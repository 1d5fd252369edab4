import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppointmentTypeSettings, AppointmentTypesReader } from '../../settings/appointment-types.reader';
import { OfficesDirectory, OfficeSummary } from '../../settings/offices.directory';
import { AppointmentRequestEntity } from '../appointment-request.entity';
import { AppointmentEntity } from '../appointment.entity';

/** An appointment with what its messages and calendar file say of it, read as the records are now. */
export interface AppointmentFacts {
  readonly appointment: AppointmentEntity;
  readonly request: AppointmentRequestEntity;
  /** The type's rules as managers left them: its name and documents to bring. */
  readonly type: AppointmentTypeSettings;
  readonly office: OfficeSummary | null;
}

@Injectable()
export class AppointmentFactsReader {
  constructor(
    private readonly types: AppointmentTypesReader,
    private readonly offices: OfficesDirectory,
  ) {}

  /** Null when the appointment, its request or its type is no longer there. */
  async read(manager: EntityManager, appointmentId: string): Promise<AppointmentFacts | null> {
    const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId });
    if (!appointment) return null;
    const request = await manager.findOneBy(AppointmentRequestEntity, { id: appointment.requestId });
    const type = request && (await this.types.find(manager, request.typeCode));
    const office = appointment.officeId ? await this.offices.find(manager, appointment.officeId) : null;
    return request && type ? { appointment, request, type, office } : null;
  }
}
