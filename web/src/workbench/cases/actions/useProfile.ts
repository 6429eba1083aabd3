import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../shared/api.ts';
import type { ProcedureProfile } from '../../types.ts';

export type Profile = ProcedureProfile;

// The defaults of DOMAIN.md §3, until the office's own profile has loaded.
const limit = (days: number, unit: 'calendar' | 'working' = 'calendar') => ({ days, unit });
const fallback = {
  triage: limit(15), acceptance: limit(15), objection: limit(5, 'working'), handling: limit(60), extensionMaxDays: 30,
  reviewRequest: limit(30), review: limit(30), rereviewRequest: limit(30), rereview: limit(30),
} as Profile;

/** The time limits in force, so each action can say what the petitioner can expect and when. */
export function useProfile(): Profile {
  const q = useQuery({ queryKey: ['procedureProfile'], queryFn: async () => (await call(api.GET('/api/public/procedure'))).profile, staleTime: 30 * 60_000 });
  return q.data ?? fallback;
}
