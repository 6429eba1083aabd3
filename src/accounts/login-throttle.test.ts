import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

function throttle() {
  let now = 0;
  const t = new LoginThrottle(() => now, { perUsername: 3, perAddress: 5, windowMs: 60_000 });
  return { t, advance: (ms: number) => { now += ms; } };
}

describe('LoginThrottle', () => {
  it('blocks a username after its failures, from any address, until the window ends', () => {
    const { t, advance } = throttle();
    for (let i = 0; i < 3; i++) t.failed(`10.0.0.${i}`, 'zhang');
    expect(t.retryAfter('10.9.9.9', 'zhang')).toBe(60);
    expect(t.retryAfter('10.9.9.9', 'li')).toBe(0);
    advance(59_500);
    expect(t.retryAfter('10.9.9.9', 'zhang')).toBe(1);
    advance(500);
    expect(t.retryAfter('10.9.9.9', 'zhang')).toBe(0);
  });

  it('blocks an address trying many usernames', () => {
    const { t } = throttle();
    for (let i = 0; i < 5; i++) t.failed('10.0.0.1', `user${i}`);
    expect(t.retryAfter('10.0.0.1', 'someone')).toBeGreaterThan(0);
    expect(t.retryAfter('10.0.0.2', 'someone')).toBe(0);
  });

  it('forgets a username’s failures after a success, and never counts successes', () => {
    const { t } = throttle();
    t.failed('a', 'zhang');
    t.failed('a', 'zhang');
    t.succeeded('zhang');
    t.failed('a', 'zhang');
    t.failed('a', 'zhang');
    expect(t.retryAfter('b', 'zhang')).toBe(0);
  });
});
