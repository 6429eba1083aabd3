import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, call } from '../../shared/api.ts';

export type SupervisedOrg = components['schemas']['SupervisedOrganization'];
export type Overview = components['schemas']['SupervisionOverview'];
export type UrgeResult = components['schemas']['UrgeResult'];
export type CaseRow = components['schemas']['PetitionSummary'];
export type Scope = 'overdue' | 'open';

// The steps a holding organisation answers for (as GET /api/supervision counts them): the
// petitioner's own request windows are not something a supervisor can press anyone about.
const activeSteps = 'triage,acceptance,handling,review,rereview';

export const overviewKey = ['supervision', 'overview'] as const;
export const orgCasesKey = (orgId: number, scope: Scope) => ['supervision', 'cases', orgId, scope] as const;

export function useOverview() {
  return useQuery({ queryKey: overviewKey, queryFn: () => call(api.GET('/api/supervision')), staleTime: 30_000 });
}

/**
 * The cases one organisation holds at an active step, earliest due first. The list filter takes the
 * organisation's whole subtree, while the overview counts what it holds itself, so rows held below
 * it are left out here to keep the two in agreement.
 */
export function useOrgCases(orgId: number, scope: Scope) {
  const query = useInfiniteQuery({
    queryKey: orgCasesKey(orgId, scope),
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/petitions', {
          params: { query: { holderOrgId: orgId, step: activeSteps, overdue: scope === 'overdue' ? 'true' : undefined, limit: 200, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = (query.data?.pages ?? [])
    .flatMap((p) => p.items)
    .filter((c) => c.holderOrgId === orgId)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id - b.id);
  return { ...query, items };
}

export function urgeCases(ids: number[], note: string) {
  return call(api.POST('/api/petitions/urge', { body: { ids, note } }));
}
