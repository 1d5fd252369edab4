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
import { ThrottlerModule } from '@nestjs/throttler';
import { ConfigType } from '@nestjs/config';
import { httpConfig } from './config';
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
        ThrottlerModule.forRootAsync({
          inject: [httpConfig.KEY],
          useFactory: (http: ConfigType<typeof httpConfig>) => [{ ttl: 60_000, limit: http.publicRequestsPerMinute }],
        }),
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
