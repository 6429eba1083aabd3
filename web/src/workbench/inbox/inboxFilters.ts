import type { InboxQuery } from '../common/petitions.api.ts';
import { type Category, type Channel, type Step, categories, channels, steps } from '../types.ts';

/** The inbox's filters live in the URL: back and forward work, and a saved view is a query string. */
export interface InboxFilters {
  q?: string;
  /** 'open' (every step but closed) unless a step is chosen. */
  step: Step | 'open';
  category: Category[];
  channel: Channel[];
  overdue: boolean;
  from?: string;
  to?: string;
  holder?: number;
}

const pick = <T extends string>(all: readonly T[], raw: string | null): T[] => (raw ?? '').split(',').filter((v): v is T => all.includes(v as T));
const date = (raw: string | null) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined);

export function parseFilters(params: URLSearchParams): InboxFilters {
  const step = params.get('step');
  const holder = Number(params.get('holder'));
  return {
    q: params.get('q') || undefined,
    step: steps.includes(step as Step) ? (step as Step) : 'open',
    category: pick(categories, params.get('category')),
    channel: pick(channels, params.get('channel')),
    overdue: params.get('overdue') === '1',
    from: date(params.get('from')),
    to: date(params.get('to')),
    holder: Number.isInteger(holder) && holder > 0 ? holder : undefined,
  };
}

export function serializeFilters(f: InboxFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.step !== 'open') p.set('step', f.step);
  if (f.category.length) p.set('category', f.category.join(','));
  if (f.channel.length) p.set('channel', f.channel.join(','));
  if (f.overdue) p.set('overdue', '1');
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.holder) p.set('holder', String(f.holder));
  return p;
}

export const openSteps = steps.filter((s) => s !== 'closed');

/** The API query for these filters; `step` overrides the filters' own step (for the tab counts). */
export function toQuery(f: InboxFilters, step: Step | 'open' = f.step): InboxQuery {
  return {
    q: f.q,
    step: step === 'open' ? openSteps.join(',') : step,
    category: f.category.length ? f.category.join(',') : undefined,
    channel: f.channel.length ? f.channel.join(',') : undefined,
    overdue: f.overdue ? 'true' : undefined,
    registeredFrom: f.from,
    registeredTo: f.to,
    holderOrgId: f.holder,
    sort: 'due',
  };
}
