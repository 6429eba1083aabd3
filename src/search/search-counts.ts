import type { Kysely } from 'kysely';
import { steps } from '../petitions/procedure.types.ts';
import type { DB } from '../platform/database/schema.ts';
import type { DialectName } from '../platform/database/database.ts';
import { applyFilters, type SearchQuery } from './search-filters.ts';
import { countCapped, TOTAL_CAP, type Where } from './search-page.ts';
import { countMatches, idAmongMatches, idInMatches } from './search-sql.ts';
import { tokensForQuery } from './segmenter.ts';

export interface StepCounts {
  /** Cases at any open step; null past TOTAL_CAP. */
  open: number | null;
  steps: { step: (typeof steps)[number]; count: number | null }[];
}

const OPEN = steps.filter((s) => s !== 'closed');
const capped = (n: number) => (n > TOTAL_CAP ? null : n);

/**
 * How many petitions each step holds under the query's filters and text (its step filter aside).
 * Without text each step is a capped count straight from the (step, …) and holder indexes. With
 * text, the open steps are counted in one grouped statement — few petitions are open — and a
 * common word is tested as membership while walking those indexes (as the list's own plan does on
 * SQLite) rather than driving the count: driving from a word found in most petitions would read
 * all of them once per step.
 */
export async function countByStep(db: Kysely<DB>, dialect: DialectName, q: SearchQuery): Promise<StepCounts> {
  const zero: StepCounts = { open: 0, steps: steps.map((step) => ({ step, count: 0 })) };
  const tokens = q.text?.trim() ? tokensForQuery(q.text) : null;
  if (tokens?.length === 0) return zero;
  let among: Where | undefined;
  if (tokens && dialect === 'sqlite') {
    const m = Number((await countMatches('sqlite', tokens, TOTAL_CAP + 1).execute(db)).rows[0]?.n ?? 0);
    if (m === 0) return zero;
    among = m > TOTAL_CAP ? idAmongMatches(tokens) : idInMatches('sqlite', tokens);
  } else if (tokens) among = idInMatches('postgres', tokens);

  const filters = { ...q, text: undefined, cursor: undefined };
  if (!tokens) {
    const [open, ...each] = await Promise.all([countCapped(db, { ...filters, step: OPEN }, undefined), ...steps.map((s) => countCapped(db, { ...filters, step: [s] }, undefined))]);
    return { open: open ?? null, steps: steps.map((step, i) => ({ step, count: each[i] ?? null })) };
  }
  let open = applyFilters(db.selectFrom('petitions as p'), { ...filters, step: OPEN });
  if (among) open = open.where(among);
  const [rows, closed] = await Promise.all([
    open.select((eb) => ['p.step', eb.fn.countAll<number>().as('n')]).groupBy('p.step').execute(),
    countCapped(db, { ...filters, step: ['closed'] }, among),
  ]);
  const byStep = new Map(rows.map((r) => [r.step, Number(r.n)]));
  const openTotal = [...byStep.values()].reduce((a, b) => a + b, 0);
  return {
    open: capped(openTotal),
    steps: steps.map((step) => ({ step, count: step === 'closed' ? closed : capped(byStep.get(step) ?? 0) })),
  };
}
