import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Clock } from '../../common/clock/clock';
import { RedisClient } from '../../common/redis/redis.client';
import { UnitOfWork } from '../../common/unit-of-work';
import { queueConfig } from '../../config/queue.config';
import { InstallationEntity } from './installation.entity';

/** A claim outlives this many missed checks: a stopped installation's expires, so a reset `DATA_DIR` is not refused for long. */
const CHECKS_A_CLAIM_OUTLIVES = 3;

/** How long start-up waits for Redis before it starts without it (the claim is made when Redis returns). */
const REDIS_WAIT_MS = 2_500;

/** Another installation's id is under this one's queue prefix: their workers would take each other's jobs. */
export class QueuePrefixTaken extends Error {
  override readonly name = 'QueuePrefixTaken';
}

/**
 * One installation to a queue prefix. The installation's id is made at first start and kept in
 * the database; at start (and every `QUEUE_CHECK_MS`, in case Redis lost it) it is written under
 * `<QUEUE_PREFIX>:installation` in Redis unless another id is there, in which case start-up stops
 * with one line naming QUEUE_PREFIX. The claim expires three checks after its installation stops.
 */
@Injectable()
export class InstallationClaim implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InstallationClaim.name);
  private readonly key: string;
  private id: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly redis: RedisClient,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {
    this.key = `${config.prefix}:installation`;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.id = await this.ownId();
    if (await this.redisAnswers()) await this.claim();
    else this.logger.warn(`Redis is not answering: QUEUE_PREFIX "${this.config.prefix}" is claimed for this installation when it returns`);
    if (this.config.checkMs > 0) this.timer = setInterval(() => void this.keepClaim(), this.config.checkMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Writes this installation's id under the prefix, unless another installation's is there: then `QueuePrefixTaken`. */
  async claim(): Promise<void> {
    const id = this.id ?? (this.id = await this.ownId());
    const ttlMs = this.config.checkMs * CHECKS_A_CLAIM_OUTLIVES;
    const made = ttlMs > 0 ? await this.redis.connection.set(this.key, id, 'PX', ttlMs, 'NX') : await this.redis.connection.set(this.key, id, 'NX');
    if (made === 'OK') return;
    const holder = await this.redis.connection.get(this.key);
    if (holder === id && ttlMs > 0) await this.redis.connection.pexpire(this.key, ttlMs);
    if (holder !== null && holder !== id) {
      throw new QueuePrefixTaken(
        `another regflow installation (${holder}) already uses QUEUE_PREFIX "${this.config.prefix}" on this Redis, and its workers would take this one's jobs: give each installation its own QUEUE_PREFIX (or, if that installation is gone for good, delete the key ${this.key})`,
      );
    }
  }

  /** The installation's id, made at first start. The one-row table takes one id even when the API and a worker start together. */
  private ownId(): Promise<string> {
    return this.unitOfWork.run(async (manager) => {
      await manager.createQueryBuilder().insert().into(InstallationEntity).values({ singleton: 1, id: randomUUID(), createdAt: this.clock.now() }).orIgnore().execute();
      return (await manager.findOneByOrFail(InstallationEntity, { singleton: 1 })).id;
    });
  }

  private async redisAnswers(): Promise<boolean> {
    if (this.redis.connection.status === 'ready') return true;
    try {
      await once(this.redis.connection, 'ready', { signal: AbortSignal.timeout(REDIS_WAIT_MS) });
      return true;
    } catch {
      return false;
    }
  }

  private async keepClaim(): Promise<void> {
    try {
      await this.claim();
    } catch (error) {
      if (error instanceof QueuePrefixTaken) this.logger.error(error.message);
      else this.logger.debug(`installation claim not checked: ${(error as Error).message}`);
    }
  }
}
