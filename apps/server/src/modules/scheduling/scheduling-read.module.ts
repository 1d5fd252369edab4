import { Module } from '@nestjs/common';
import { AppointmentsReader } from './appointments.reader';

/** Appointments and requests as other modules read them, with no controllers: for the API and the worker alike. */
@Module({ providers: [AppointmentsReader], exports: [AppointmentsReader] })
export class SchedulingReadModule {}
