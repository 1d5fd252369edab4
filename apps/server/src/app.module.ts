import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { HealthModule } from './modules/health/health.module';
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
      imports: [CoreModule, HealthModule, ...(options.workerInProcess ? [WorkerModule] : [])],
    };
  }
}
