import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { toLocalDate } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import type { DB } from '../platform/database/schema.ts';
import { renderDocument } from './documents.ts';
import type { OrgLookup } from './org-lookup.ts';
import type { PetitionRow } from './petition.repository.ts';
import type { CaseState, DocumentKind, ProcedureProfile } from './procedure.types.ts';

export interface IssueOptions {
  ctx: AppContext;
  orgs: OrgLookup;
  row: PetitionRow;
  state: CaseState;
  kind: DocumentKind;
  payload: Record<string, unknown>;
  now: Date;
  profile: ProcedureProfile;
}

/** Renders and stores a notice; its SHA-256 lets anyone check a printed copy against the record. */
export async function issueDocument(trx: Kysely<DB>, o: IssueOptions): Promise<{ id: number; title: string }> {
  const issuerId = o.kind === 'forwardNotice' ? o.state.routingOrgId : o.state.holderOrgId;
  const issuer = await o.orgs.get(issuerId);
  const target = o.payload.toOrgId === undefined ? undefined : await o.orgs.find(Number(o.payload.toOrgId));
  const upper = issuer.parentId === null ? undefined : await o.orgs.find(issuer.parentId);
  const handling = o.state.deadlines.find((d) => d.kind === 'handling');
  const { title, body } = renderDocument(o.kind, {
    receiptNo: o.row.receipt_no,
    registeredOn: o.row.registered_on,
    petitionTitle: o.row.title,
    issuer: issuer.name,
    issuedOn: toLocalDate(o.now),
    payload: o.payload,
    targetOrgName: target?.name,
    dueOn: handling?.due.dueOn,
    reviewBody: upper?.name,
    windowDays: o.kind === 'reviewOpinion' ? o.profile.rereviewRequest.days : o.profile.reviewRequest.days,
  });
  const sha256 = crypto.createHash('sha256').update(body, 'utf8').digest('hex');
  const row = await trx
    .insertInto('documents')
    .values({ petition_id: o.row.id, kind: o.kind, title, body, sha256, issued_at: o.now.toISOString(), issued_by_org_id: issuer.id, delivered_at: null, delivered_on: null, delivery_method: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), title };
}
