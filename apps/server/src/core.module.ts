import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ClockModule } from './common/clock/clock.module';
import { LoggingModule } from './common/logging/logging.module';
import { QueueRootModule } from './common/queue/queue-root.module';
import { RedisModule } from './common/redis/redis.module';
import { databaseConfig, httpConfig, queueConfig, redisConfig, runtimeConfig, secretsConfig, workflowConfig } from './config';
import { DatabaseModule } from './database/database.module';

/** What both the API and the worker stand on: configuration, logs, the database, Redis and BullMQ. */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [databaseConfig, redisConfig, httpConfig, runtimeConfig, queueConfig, secretsConfig, workflowConfig],
    }),
    ClockModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    QueueRootModule,
  ],
  exports: [QueueRootModule],
})
export class CoreModule {}
