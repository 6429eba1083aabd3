import type { DocumentKind, NotAcceptRoute } from './procedure.types.ts';
import { documentTitles } from './procedure.labels.ts';

// The written notices the petitioner is owed (DOMAIN.md §3), in Chinese as issued. Each text
// names what happens next and by when, because that is what the petitioner needs to know.
export interface DocumentFacts {
  receiptNo: string;
  registeredOn: string;
  petitionTitle: string;
  issuer: string;
  issuedOn: string;
  /** The event payload that produced the document. */
  payload: Record<string, unknown>;
  targetOrgName?: string | undefined;
  dueOn?: string | undefined;
  reviewBody?: string | undefined;
  windowDays?: number | undefined;
}

const routeText: Record<NotAcceptRoute, string> = {
  litigation: '向人民法院提起诉讼',
  arbitration: '依法申请仲裁',
  reconsideration: '依法申请行政复议',
  court: '向人民法院反映或申请再审',
  procuratorate: '向人民检察院反映',
  other: '通过法律、法规规定的其他途径解决',
};

const decisionText: Record<string, string> = {
  support: '请求事实清楚，符合法律、法规、规章或者其他有关规定，予以支持',
  explain: '请求缺乏依据，已向您作出解释说明',
  reject: '请求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，不予支持',
};

const resultText: Record<string, string> = { upheld: '维持原处理意见', changed: '撤销或变更原处理意见' };

function bodyOf(kind: DocumentKind, f: DocumentFacts): string {
  const p = f.payload;
  const about = `您于 ${f.registeredOn} 提出的信访事项（受理编号 ${f.receiptNo}，“${f.petitionTitle}”）`;
  switch (kind) {
    case 'forwardNotice':
      return `${about}，经审查，已${p.reportBackOn ? '交办' : '转送'}${f.targetOrgName ?? '有权处理机关'}处理。该机关应当自收到之日起 15 日内决定是否受理并书面告知您。`;
    case 'acceptanceNotice':
      return `${about}，本机关已依法受理，将自受理之日起 60 日内办结并出具处理意见书${f.dueOn ? `（办理期限至 ${f.dueOn}）` : ''}。情况复杂的，经批准可以适当延长，延长期限不超过 30 日，并告知您延期理由。`;
    case 'nonAcceptanceNotice':
      return `${about}，经审查，不属于信访事项受理范围，本机关不予受理。理由：${String(p.reason ?? '')}。您可以${routeText[(p.route as NotAcceptRoute) ?? 'other'] ?? routeText.other}。`;
    case 'nonReacceptanceNotice':
      return `${about}，与${p.priorReceiptNo ? `信访事项 ${String(p.priorReceiptNo)} ` : '此前已'}处理或正在办理的事项相同，依法不再受理。理由：${String(p.reason ?? '')}。`;
    case 'extensionNotice':
      return `${about}，因${String(p.reason ?? '')}，经本机关负责人批准，办理期限延长 ${String(p.days)} 日，至 ${String(p.dueOn)}。`;
    case 'replyOpinion':
      return `${about}，本机关经调查核实，处理意见如下：${String(p.opinion ?? '')}\n\n结论：${decisionText[String(p.decision)] ?? ''}。\n\n您对本处理意见不服的，可以自收到本意见书之日起 ${f.windowDays ?? 30} 日内，向${f.reviewBody ?? '本机关的上一级机关'}请求复查。`;
    case 'reviewOpinion':
      return `${about}，本机关对原处理意见进行了复查，复查意见如下：${String(p.opinion ?? '')}\n\n结论：${resultText[String(p.result)] ?? ''}。\n\n您对复查意见不服的，可以自收到本意见书之日起 ${f.windowDays ?? 30} 日内，向${f.reviewBody ?? '复查机关的上一级机关'}请求复核。`;
    case 'rereviewOpinion':
      return `${about}，本机关对复查意见进行了复核，复核意见如下：${String(p.opinion ?? '')}\n\n结论：${resultText[String(p.result)] ?? ''}。\n\n本复核意见为最终意见。您以同一事实和理由再提出信访事项的，信访部门和有关机关不再受理。`;
  }
}

export function renderDocument(kind: DocumentKind, facts: DocumentFacts): { title: string; body: string } {
  const title = documentTitles[kind].zh;
  const body = `${title}\n\n${bodyOf(kind, facts)}\n\n${facts.issuer}\n${facts.issuedOn}`;
  return { title, body };
}
