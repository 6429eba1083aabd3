import { toLocalDate } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import { actOnPetition } from './act-on-petition.ts';

/**
 * A decision becomes final when the petitioner lets the request window lapse (DOMAIN.md §3,
 * finality). Run periodically by the server and by `redress sweep`.
 */
export async function finalizeLapsed(ctx: AppContext, batch = 500): Promise<number> {
  const today = toLocalDate(ctx.clock.now());
  const due = await ctx.database.db
    .selectFrom('deadlines')
    .innerJoin('petitions', 'petitions.id', 'deadlines.petition_id')
    .select('petitions.id')
    .where('deadlines.closed_at', 'is', null)
    .where('deadlines.kind', 'in', ['reviewRequest', 'rereviewRequest'])
    .where('deadlines.due_on', '<', today)
    .where('petitions.step', 'in', ['reviewRequest', 'rereviewRequest'])
    .limit(batch)
    .execute();
  let done = 0;
  for (const { id } of due) {
    await actOnPetition(ctx, { kind: 'system' }, Number(id), { type: 'finalize' });
    done += 1;
  }
  return done;
}
