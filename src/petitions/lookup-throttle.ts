import { AppError } from '../platform/errors.ts';

/**
 * Counts failed look-ups per client so that query codes cannot be guessed: after too many
 * failures in the window every look-up from that client is refused until the window passes.
 */
export class LookupThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();
  constructor(private readonly options: { maxFailures: number; windowMs: number; now?: () => number }) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  check(client: string): void {
    const entry = this.failures.get(client);
    if (!entry) return;
    if (this.now() - entry.since > this.options.windowMs) {
      this.failures.delete(client);
      return;
    }
    if (entry.count >= this.options.maxFailures) {
      throw new AppError('tooMany', 'tooManyLookups', { zh: '查询失败次数过多，请 15 分钟后再试', en: 'Too many failed look-ups; try again in 15 minutes' });
    }
  }

  fail(client: string): void {
    const entry = this.failures.get(client);
    if (entry && this.now() - entry.since <= this.options.windowMs) entry.count += 1;
    else this.failures.set(client, { count: 1, since: this.now() });
    // Bounded memory under a flood of distinct clients: forget the oldest entries.
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value as string);
  }
}
