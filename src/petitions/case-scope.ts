import type { CaseScope } from './petition.policy.ts';
import type { OrgLookup } from './org-lookup.ts';
import type { PetitionRow } from './petition.repository.ts';
import type { Step } from './procedure.types.ts';

/** The organisations a case has passed through, as paths, so that each may see it. */
export async function scopeOf(orgs: OrgLookup, row: PetitionRow): Promise<CaseScope> {
  const ids = [row.registering_org_id, row.routing_org_id, row.replying_org_id, row.reviewing_org_id].filter((x): x is number => x !== null);
  const [holder, respondent, ...involved] = await Promise.all([
    orgs.get(Number(row.holder_org_id)),
    row.respondent_org_id === null ? undefined : orgs.find(Number(row.respondent_org_id)),
    ...ids.map((id) => orgs.get(Number(id))),
  ]);
  return {
    step: row.step as Step,
    category: row.category,
    holderPath: holder.path,
    involvedPaths: involved.map((o) => (o as { path: string }).path),
    respondentPath: respondent?.path ?? null,
    excludedUserIds: excludedUserIds(row),
  };
}

export function excludedUserIds(row: Pick<PetitionRow, 'excluded_user_ids'>): number[] {
  return row.excluded_user_ids ? (JSON.parse(row.excluded_user_ids) as number[]) : [];
}
