// Failed sign-ins counted per username and per client address in fixed windows. Past the limit,
// every attempt is refused — right password or not — until the window ends, so guessing stays
// slow even from many addresses (per username) or over many usernames (per address). Only
// failures count: an office behind one address can sign everyone in each morning.

export interface ThrottleLimits {
  perUsername: number;
  perAddress: number;
  windowMs: number;
}

export const defaultLoginLimits: ThrottleLimits = { perUsername: 10, perAddress: 30, windowMs: 15 * 60_000 };

interface Window {
  failures: number;
  endsAt: number;
}

export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly now: () => number,
    private readonly limits: ThrottleLimits = defaultLoginLimits,
  ) {}

  /** Seconds to wait before trying again, or 0 when the attempt may proceed. */
  retryAfter(address: string, username: string): number {
    const now = this.now();
    let until = 0;
    for (const [key, limit] of this.keys(address, username)) {
      const window = this.windows.get(key);
      if (window && window.endsAt > now && window.failures >= limit) until = Math.max(until, window.endsAt);
    }
    return until === 0 ? 0 : Math.ceil((until - now) / 1000);
  }

  failed(address: string, username: string): void {
    const now = this.now();
    if (this.windows.size > 100_000) this.prune(now);
    for (const [key] of this.keys(address, username)) {
      const window = this.windows.get(key);
      if (window && window.endsAt > now) window.failures += 1;
      else this.windows.set(key, { failures: 1, endsAt: now + this.limits.windowMs });
    }
  }

  /** A correct password clears the username's count (not the address's). */
  succeeded(username: string): void {
    this.windows.delete(`user:${username}`);
  }

  private keys(address: string, username: string): [string, number][] {
    return [
      [`user:${username}`, this.limits.perUsername],
      [`addr:${address}`, this.limits.perAddress],
    ];
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
