import type { Kysely } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { AppError } from '../platform/errors.ts';
import type { OrgLookup } from './org-lookup.ts';
import type { ActionInput } from './petition.actions.ts';
import type { PetitionRow } from './petition.repository.ts';
import type { CaseState, Command, DocumentKind } from './procedure.types.ts';

const bad = (code: string, zh: string, en: string) => new AppError('badRequest', code, { zh, en });

/** Turns a request into a procedure command, looking up what the procedure must not query itself. */
export async function resolveCommand(trx: Kysely<DB>, orgs: OrgLookup, row: PetitionRow, state: CaseState, input: ActionInput, today: string): Promise<Command> {
  switch (input.type) {
    case 'forward':
    case 'assign': {
      const target = await orgs.get(input.toOrgId);
      const respondent = row.respondent_org_id === null ? undefined : await orgs.find(Number(row.respondent_org_id));
      // Routing to a unit inside the accused organisation would hand the report to the accused.
      const toOrgIsRespondent = state.category === 'accusation' && respondent !== undefined && target.path.startsWith(respondent.path);
      // A petition office receiving a case triages it again (it may route it on); any other body decides acceptance.
      const toPetitionOffice = target.kind === 'petitionOffice';
      return input.type === 'forward'
        ? { type: 'forward', toOrgId: target.id, toOrgIsRespondent, toPetitionOffice }
        : { type: 'assign', toOrgId: target.id, toOrgIsRespondent, reportBackOn: input.reportBackOn, toPetitionOffice };
    }
    case 'deliver': {
      const doc = await trx.selectFrom('documents').select(['kind', 'delivered_at']).where('id', '=', input.documentId).where('petition_id', '=', row.id).executeTakeFirst();
      if (!doc) throw bad('unknownDocument', '此事项没有该文书', 'This case has no such document');
      if (doc.delivered_at) throw new AppError('conflict', 'alreadyDelivered', { zh: '该文书已送达', en: 'This document has already been delivered' });
      if (input.method === 'unreachable' && row.anonymous !== 1) {
        throw bad('notAnonymous', '只有匿名信访事项才能记录为无法送达，请选择实际的送达方式', 'Only an anonymous petition can be recorded as unreachable; choose how the document was delivered');
      }
      return { type: 'deliver', documentKind: doc.kind as DocumentKind, method: input.method, deliveredOn: input.deliveredOn ?? today };
    }
    case 'requestReview':
    case 'requestRereview': {
      // The request goes one level up from the body whose decision is contested.
      const from = input.type === 'requestReview' ? state.replyingOrgId : state.reviewingOrgId;
      const body = from === null ? undefined : await orgs.find(from);
      return { type: input.type, reason: input.reason, toOrgId: body?.reviewingOrgId ?? body?.parentId ?? null };
    }
    case 'instruct':
      if (input.responsibleOrgId !== undefined) await orgs.get(input.responsibleOrgId);
      return { type: 'instruct', text: input.text, responsibleOrgId: input.responsibleOrgId ?? null, dueOn: input.dueOn ?? null };
    case 'link': {
      const other = await trx.selectFrom('petitions').select('id').where('receipt_no', '=', input.receiptNo).executeTakeFirst();
      if (!other) throw bad('unknownReceipt', `没有受理编号为 ${input.receiptNo} 的信访事项`, `No petition has receipt number ${input.receiptNo}`);
      if (Number(other.id) === row.id) throw bad('linkToSelf', '不能关联本事项自身', 'A case cannot be linked to itself');
      return { type: 'link', petitionId: Number(other.id), receiptNo: input.receiptNo };
    }
    case 'notReaccept':
      return { type: 'notReaccept', reason: input.reason, priorReceiptNo: input.priorReceiptNo };
    default:
      return input;
  }
}
