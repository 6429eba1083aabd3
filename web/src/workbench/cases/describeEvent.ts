import type { TFunction } from 'i18next';
import type { CaseEvent } from '../types.ts';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * The particulars of an event in one line — where it went, why, until when — from its payload.
 * Organisation ids become names; unknown payload fields are left out rather than shown raw.
 */
export function describeEvent(e: CaseEvent, t: TFunction, orgName: (id: number) => string): string {
  const p = e.payload;
  const parts: string[] = [];
  if (typeof p.toOrgId === 'number' && e.type !== 'registered') parts.push(t('case.event.to', { org: orgName(p.toOrgId) }));
  if (str(p.reportBackOn)) parts.push(t('case.event.reportBackOn', { date: p.reportBackOn }));
  if (str(p.route)) parts.push(t('case.event.route', { route: t(`enums.route.${p.route as string}`) }));
  if (str(p.decision)) parts.push(t(`enums.decision.${p.decision as string}`));
  if (str(p.result)) parts.push(t(`enums.reviewResult.${p.result as string}`));
  if (typeof p.days === 'number') parts.push(t('case.event.extendedBy', { days: p.days, dueOn: p.dueOn }));
  if (str(p.documentKind)) parts.push(t(`enums.document.${p.documentKind as string}`));
  if (str(p.kind) && e.type === 'documentIssued') parts.push(t(`enums.document.${p.kind as string}`));
  if (str(p.method)) parts.push(t(`enums.deliveryMethod.${p.method as string}`));
  if (str(p.deliveredOn)) parts.push(t('case.event.on', { date: p.deliveredOn }));
  if (str(p.rating)) parts.push(t(`enums.rating.${p.rating as string}`));
  if (str(p.receiptNo)) parts.push(p.receiptNo as string);
  if (typeof p.responsibleOrgId === 'number') parts.push(t('case.event.responsible', { org: orgName(p.responsibleOrgId) }));
  if (str(p.dueOn) && typeof p.days !== 'number') parts.push(t('case.event.dueOn', { date: p.dueOn }));
  if (str(p.lapsedOn)) parts.push(t('case.event.lapsedOn', { date: p.lapsedOn }));
  if (str(p.userName)) parts.push(p.userName as string);
  for (const k of ['reason', 'note', 'text', 'opinion', 'comment', 'publicText', 'statement', 'summary']) if (str(p[k])) parts.push(p[k] as string);
  return parts.join(t('case.event.separator'));
}
