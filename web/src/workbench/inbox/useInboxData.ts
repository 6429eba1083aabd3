import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchPetitions } from '../common/petitions.api.ts';
import type { PetitionSummary, Step } from '../types.ts';
import { type InboxFilters, openSteps, toQuery } from './inboxFilters.ts';

const PAGE = 100;
const tabs: (Step | 'open')[] = ['open', ...openSteps, 'closed'];

const byDue = (a: PetitionSummary, b: PetitionSummary) =>
  a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;

/**
 * The inbox's cases, earliest due first, and how many each step tab holds. The list API has no
 * per-step counts, so each tab asks for one row and reads `total`.
 */
export function useInboxData(filters: InboxFilters) {
  const list = useInfiniteQuery({
    queryKey: ['petitions', 'inbox', filters],
    queryFn: ({ pageParam }) => fetchPetitions({ ...toQuery(filters), limit: PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const counts = useQueries({
    queries: tabs.map((step) => ({
      queryKey: ['petitions', 'count', { ...filters, step }],
      queryFn: () => fetchPetitions({ ...toQuery(filters, step), limit: 1 }),
      // null: more than the server counts (10,000).
      select: (page: { total: number | null }) => page.total,
      staleTime: 30_000,
    })),
  });
  // Stable sort: when the server already sorts by due date this keeps its order.
  const items = useMemo(() => (list.data?.pages.flatMap((p) => p.items) ?? []).slice().sort(byDue), [list.data]);
  return {
    items,
    total: list.data?.pages[0]?.total ?? 0,
    list,
    counts: new Map(tabs.map((step, i) => [step, counts[i]?.data])),
    tabs,
  };
}
