import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { WRITE_LOCK_NAME } from './write-lock';

export type Work<T> = (manager: EntityManager) => Promise<T>;

export class NestedUnitOfWorkError extends Error {
  override readonly name = 'NestedUnitOfWorkError';
  constructor() {
    super('a unit of work was started inside another: pass the outer EntityManager down instead');
  }
}

/**
 * The one way regflow writes to its database (STACK.md traps 1 and 2).
 *
 * SQLite: TypeORM shares one connection per process, so overlapping transactions are not
 * isolated; units of work run one at a time in arrival order. Each write transaction starts by
 * bumping the write-lock row so that SQLite takes its write lock at once, and another process
 * (API and worker on one file) then waits up to the busy timeout instead of failing.
 *
 * PostgreSQL: each transaction has its own pooled connection; `run` is a plain transaction.
 */
export class UnitOfWork {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly active = new AsyncLocalStorage<true>();

  constructor(private readonly dataSource: DataSource) {}

  private get serialised(): boolean {
    return this.dataSource.options.type === 'sqlite';
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  run<T>(work: Work<T>): Promise<T> {
    if (!this.serialised) return this.dataSource.transaction(work);
    return this.inTurn(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE "write_locks" SET "version" = "version" + 1 WHERE "name" = ?`, [WRITE_LOCK_NAME]);
        return work(manager);
      }),
    );
  }

  /** Runs reads that must see every write committed before them, in the same order as writes. */
  read<T>(work: Work<T>): Promise<T> {
    if (!this.serialised) return work(this.dataSource.manager);
    return this.inTurn(() => work(this.dataSource.manager));
  }

  /** Resolves once every unit of work started so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }

  private inTurn<T>(task: () => Promise<T>): Promise<T> {
    if (this.active.getStore()) return Promise.reject(new NestedUnitOfWorkError());
    const result = this.tail.then(() => this.active.run(true, task));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
