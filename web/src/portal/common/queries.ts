import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../shared/api.ts';
import type { Office, ProcedureProfile } from './types.ts';

// Both change only when an administrator edits them, so one fetch per visit is enough.
const staleTime = 10 * 60_000;

/** The time limits the petitioner is owed, as the administrator set them. */
export function useProcedure() {
  return useQuery({
    queryKey: ['portal', 'procedure'],
    queryFn: async () => (await call<{ profile: ProcedureProfile }>(api.GET('/api/public/procedure'))).profile,
    staleTime,
  });
}

/** The petition offices that take online submissions. */
export function useOffices() {
  return useQuery({
    queryKey: ['portal', 'offices'],
    queryFn: async () => (await call<{ offices: Office[] }>(api.GET('/api/public/offices'))).offices,
    staleTime,
  });
}
