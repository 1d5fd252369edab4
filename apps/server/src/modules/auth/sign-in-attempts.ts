import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Failed sign-ins per account, in this process: after five in fifteen minutes the account's
 * sign-in is refused until the oldest failure ages out.
 */
@Injectable()
export class SignInAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** Minutes until sign-in is allowed again, or 0. */
  lockedForMinutes(account: string): number {
    const recent = this.recent(account);
    if (recent.length < MAX_FAILURES) return 0;
    return Math.ceil((recent[0] + WINDOW_MS - this.clock.now().getTime()) / 60_000);
  }

  recordFailure(account: string): void {
    this.failures.set(account, [...this.recent(account), this.clock.now().getTime()]);
  }

  clear(account: string): void {
    this.failures.delete(account);
  }

  private recent(account: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    return (this.failures.get(account) ?? []).filter((at) => at > since);
  }
}
