import { Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { NotificationsWorkerModule } from './modules/notifications/notifications-worker.module';
import { AppointmentMessagesModule } from './modules/scheduling/messages/appointment-messages.module';
import { SystemWorkerModule } from './modules/system/system-worker.module';

/** Every queue processor and recurring job: the worker entry's module, also loaded in-process by the API on SQLite. */
@Module({
  imports: [CoreModule, SystemWorkerModule, NotificationsWorkerModule, AppointmentMessagesModule],
})
export class WorkerModule {}
