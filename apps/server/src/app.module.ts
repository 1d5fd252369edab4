import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { HealthModule } from './modules/health/health.module';
import { SchedulingModule } from './modules/scheduling/scheduling.module';
import { AuthModule } from './modules/auth/auth.module';
import { DiariesModule } from './modules/diaries/diaries.module';
import { SettingsModule } from './modules/settings/settings.module';
import { StaffModule } from './modules/staff/staff.module';
import { QueuesModule } from './modules/queues/queues.module';
import { MessagesModule } from './modules/notifications/messages.module';
import { ComplianceModule } from './modules/compliance/compliance.module';
import { WorkerModule } from './worker.module';

export interface AppModuleOptions {
  /** Run the queue processors inside the API process (the embedded SQLite default). */
  readonly workerInProcess: boolean;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule,
        HealthModule,
        AuthModule,
        DiariesModule,
        SchedulingModule,
        SettingsModule,
        StaffModule,
        QueuesModule,
        MessagesModule,
        ComplianceModule,
        ...(options.workerInProcess ? [WorkerModule] : []),
      ],
    };
  }
}
