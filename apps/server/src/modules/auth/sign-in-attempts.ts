import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';

const MAX_FAILURES = 5;
/** From one address, across every account it tries. */
export const MAX_FAILURES_PER_ADDRESS = 20;
const WINDOW_MS = 15 * 60_000;

/**
 * Failed sign-ins in this process, per account and per address: after five to one account, or
 * twenty from one address, in fifteen minutes, sign-in is refused until the oldest failure ages out.
 */
/** Accounts are email addresses, so an address's key cannot be one. */
function addressKey(address: string): string {
  return `address ${address}`;
}

@Injectable()
export class SignInAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** Minutes until sign-in to `account` from `address` is allowed again, or 0. */
  lockedForMinutes(account: string, address: string): number {
    return Math.max(this.lockFor(account, MAX_FAILURES), this.lockFor(addressKey(address), MAX_FAILURES_PER_ADDRESS));
  }

  recordFailure(account: string, address: string): void {
    for (const key of [account, addressKey(address)]) this.failures.set(key, [...this.recent(key), this.clock.now().getTime()]);
  }

  private lockFor(key: string, most: number): number {
    const recent = this.recent(key);
    if (recent.length < most) return 0;
    return Math.ceil((recent[recent.length - most] + WINDOW_MS - this.clock.now().getTime()) / 60_000);
  }

  clear(account: string): void {
    this.failures.delete(account);
  }

  private recent(account: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    return (this.failures.get(account) ?? []).filter((at) => at > since);
  }
}
