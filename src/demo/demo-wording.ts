/**
 * What staff and petitioners write when they act on a demo case: reasons, opinions, comments and
 * instructions, in the plain official Chinese of real case files.
 */
import type { Decision, NotAcceptRoute, Rating, ReviewResult } from '../petitions/procedure.types.ts';
import type { Random } from './random.ts';

const routeReason: Record<NotAcceptRoute, string> = {
  litigation: '该诉求属于民事纠纷，应当依法通过诉讼途径解决',
  arbitration: '该诉求属于劳动人事争议，应当依法申请劳动人事争议仲裁',
  reconsideration: '该诉求系对行政处罚决定不服，应当依法申请行政复议或者提起行政诉讼',
  court: '该诉求涉及人民法院已经作出的生效裁判，应当依法向人民法院反映',
  procuratorate: '该诉求涉及检察机关的法律监督事项，应当依法向人民检察院反映',
  other: '该诉求不属于信访事项受理范围，应当通过法律、法规规定的其他途径解决',
};

export const notAcceptReason = (route: NotAcceptRoute): string => routeReason[route];

export function notReacceptReason(rng: Random, pending: boolean): string {
  return pending
    ? rng.pick(['同一信访事项已经受理并正在办理中', '信访人就同一事实和理由重复提出，原事项正在办理'])
    : rng.pick(['同一信访事项已经依法作出处理意见', '该事项已经复查复核终结，信访人以同一事实和理由再次提出']);
}

export function objectionReason(rng: Random, competent: string): string {
  return `${rng.pick(['经研究，该事项不属于本单位法定职责范围', '经核实，该事项涉及的职能不在本单位'])}，建议转送${competent}办理。`;
}

export const extensionReason = (rng: Random): string =>
  rng.pick(['案情复杂，需要进一步调查核实', '涉及多个部门，需要协调会商', '需要委托第三方进行鉴定评估', '需要调取历史档案资料核对']);

const replyOpening = ['经调查核实，', '经本机关调查了解，', '经会同有关单位现场核查，'] as const;
const replyBody: Record<Decision, readonly string[]> = {
  support: ['您反映的问题基本属实。本机关已责成有关单位限期整改，并将跟踪督促落实到位。', '您的诉求符合有关规定，予以支持，相关款项和手续将于一个月内办理完毕。'],
  explain: ['您反映的情况已经核实，有关政策规定和办理依据已向您当面作出解释说明。', '该问题的形成有历史原因，现有政策已有明确规定，我们已向您详细说明。'],
  reject: ['经核实，您的诉求缺乏事实依据，与有关法律法规规定不符，不予支持。', '您反映的问题经调查与事实不符，有关单位的做法符合规定。'],
};

export function replyOpinion(rng: Random, decision: Decision, request: string): string {
  const asked = request.replace(/[。！？]+$/, '');
  return `${rng.pick(replyOpening)}就您提出的“${asked}”的诉求，${rng.pick(replyBody[decision])}`;
}

export function reviewOpinion(rng: Random, result: ReviewResult, level: 'review' | 'rereview'): string {
  const what = level === 'review' ? '原处理意见' : '复查意见';
  return result === 'upheld'
    ? `经审查，${what}认定事实清楚，证据确凿，适用依据正确，程序合法，予以维持。`
    : `经审查，${what}${rng.pick(['部分事实认定不清', '适用依据不当'])}，予以撤销，责成原办理机关重新处理。`;
}

export function requestReason(rng: Random, level: 'review' | 'rereview'): string {
  const what = level === 'review' ? '处理意见' : '复查意见';
  return rng.pick([`对${what}不服，认为事实认定不清`, `${what}没有解决实际问题`, `认为${what}适用政策错误，请求上级机关重新审查`]);
}

const comments: Record<Rating, readonly string[]> = {
  satisfied: ['问题已经解决，感谢有关部门认真负责。', '办理及时，答复清楚，满意。', '工作人员多次上门了解情况，很满意。'],
  basicallySatisfied: ['问题基本解决，希望后续继续跟进落实。', '答复比较清楚，但办理时间有点长。', '基本满意，还有一些细节没有落实。'],
  unsatisfied: ['处理结果没有解决实际问题。', '答复避重就轻，不满意。', '办理过程中没有人联系我，不满意。'],
};
export const evaluationComment = (rng: Random, rating: Rating): string => rng.pick(comments[rating]);

export const withdrawalReason = (rng: Random): string =>
  rng.pick(['问题已经协商解决，申请撤回', '双方已达成和解，不再反映', '已通过其他途径解决']);

export function urgeNote(rng: Random, overdue: boolean): string {
  return overdue
    ? rng.pick(['该事项已超过办理期限，请立即办理并报告进展。', '已逾期未办结，请说明原因并限期办结。'])
    : rng.pick(['办理期限即将届满，请抓紧办理。', '请加快办理进度，按期答复信访人。']);
}

export function instruction(rng: Random, holder: string, dueOn: string | null): string {
  const ask = rng.pick(['高度重视，依法依规妥善处理', '认真核实，切实解决群众合理诉求', '主要负责同志亲自过问，抓紧办理']);
  return `请${holder}${ask}${dueOn ? `，并于${dueOn}前报告办理结果` : ''}。`;
}
