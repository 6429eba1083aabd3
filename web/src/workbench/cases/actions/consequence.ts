import type { TFunction } from 'i18next';
import type { ActionType } from '../../common/petitions.api.ts';
import type { CaseView } from '../../types.ts';
import type { Profile } from './useProfile.ts';

export interface ConsequenceInput {
  type: ActionType;
  values: Record<string, unknown>;
  view: CaseView;
  profile: Profile;
  orgName: (id: number) => string;
}

const dateOf = (v: unknown) => (v && typeof v === 'object' && 'format' in v ? (v as { format: (f: string) => string }).format('YYYY-MM-DD') : undefined);

/** One sentence: what happens to the petitioner (and the case) next, with the limits in force. */
export function consequence(t: TFunction, { type, values, view, profile, orgName }: ConsequenceInput): string {
  const org = typeof values.toOrgId === 'number' ? orgName(values.toOrgId) : t('case.next.targetOrg');
  const handling = view.deadlines.find((d) => d.open && d.kind === 'handling');
  const p = {
    org,
    acceptance: profile.acceptance.days,
    handling: profile.handling.days,
    triage: profile.triage.days,
    objection: profile.objection.days,
    review: profile.review.days,
    rereview: profile.rereview.days,
    reviewRequest: profile.reviewRequest.days,
    rereviewRequest: profile.rereviewRequest.days,
    max: profile.extensionMaxDays,
    days: typeof values.days === 'number' ? values.days : t('case.next.someDays'),
    dueOn: handling?.dueOn ?? '',
    date: dateOf(values.reportBackOn) ?? dateOf(values.dueOn) ?? t('case.next.setDate'),
    route: typeof values.route === 'string' ? t(`enums.route.${values.route}`) : t('case.next.otherRoute'),
  };
  if (type === 'instruct' && !values.dueOn) return t('case.next.instructNoDate');
  return t(`case.next.${type}`, p);
}
