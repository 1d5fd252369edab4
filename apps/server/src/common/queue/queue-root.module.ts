import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { queueConfig } from '../../config/queue.config';
import { redisConfig } from '../../config/redis.config';

/** BullMQ's shared connection: every queue and worker in the process uses these options. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [redisConfig.KEY, queueConfig.KEY],
      useFactory: (redis: ConfigType<typeof redisConfig>, queue: ConfigType<typeof queueConfig>) => ({
        connection: { url: redis.url, maxRetriesPerRequest: null },
        prefix: queue.prefix,
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueRootModule {}
