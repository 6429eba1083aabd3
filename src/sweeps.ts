import { deliverPendingMail } from './notifications/mail-sender.ts';
import { finalizeLapsed } from './petitions/finalize-lapsed.ts';
import type { AppContext } from './platform/context.ts';
import { notifyOverdueFollowUps } from './reception/follow-up-sweep.ts';
import { notifyRosterGaps } from './reception/duty-gap-sweep.ts';

const MINUTE = 60_000;

export interface Sweep {
  name: string;
  everyMs: number;
  /** Idempotent: running twice, or after a crash, does no harm. Returns how many things it did. */
  run(ctx: AppContext): Promise<number>;
}

// The background work of a running server (and of `redress sweep`), each on its own interval.
export const sweeps: Sweep[] = [
  { name: 'finalize lapsed decisions', everyMs: 60 * MINUTE, run: (ctx) => finalizeLapsed(ctx, 100_000) },
  { name: 'send queued e-mail', everyMs: MINUTE, run: (ctx) => deliverPendingMail(ctx, 1_000) },
  { name: 'notify overdue reception follow-ups', everyMs: 60 * MINUTE, run: (ctx) => notifyOverdueFollowUps(ctx) },
  { name: 'notify duty roster gaps', everyMs: 60 * MINUTE, run: (ctx) => notifyRosterGaps(ctx) },
];

/** Runs every sweep now and then on its interval; returns a function that stops them. */
export function startSweeps(ctx: AppContext): () => void {
  const timers = sweeps.map((s) => {
    const go = () => void s.run(ctx).catch((err: unknown) => ctx.logger.error({ err, sweep: s.name }, 'sweep failed'));
    go();
    return setInterval(go, s.everyMs);
  });
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
