import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchPetitions, fetchStepCounts } from '../common/petitions.api.ts';
import type { PetitionSummary, Step } from '../types.ts';
import { type InboxFilters, openSteps, toQuery } from './inboxFilters.ts';

const PAGE = 100;
const tabs: (Step | 'open')[] = ['open', ...openSteps, 'closed'];

const byDue = (a: PetitionSummary, b: PetitionSummary) =>
  a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;

/** The inbox's cases, earliest due first, and how many each step tab holds (one request). */
export function useInboxData(filters: InboxFilters) {
  const list = useInfiniteQuery({
    queryKey: ['petitions', 'inbox', filters],
    queryFn: ({ pageParam }) => fetchPetitions({ ...toQuery(filters), limit: PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const { step: _step, sort: _sort, limit: _limit, cursor: _cursor, ...countFilters } = toQuery(filters);
  const counts = useQuery({
    queryKey: ['petitions', 'counts', countFilters],
    queryFn: () => fetchStepCounts(countFilters),
    staleTime: 30_000,
  });
  // null: more than the server counts (1,000).
  const countOf = (step: Step | 'open') => (step === 'open' ? counts.data?.open : counts.data?.steps.find((s) => s.step === step)?.count);
  // Stable sort: when the server already sorts by due date this keeps its order.
  const items = useMemo(() => (list.data?.pages.flatMap((p) => p.items) ?? []).slice().sort(byDue), [list.data]);
  return {
    items,
    total: list.data?.pages[0]?.total ?? 0,
    list,
    counts: new Map(tabs.map((step) => [step, countOf(step)])),
    tabs,
  };
}
