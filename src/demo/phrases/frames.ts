/**
 * How the text of a petition is framed by its channel: a letter's salutation and sign-off,
 * a clerk's note of a call or visit, a hotline work order.
 */
import type { Random } from '../random.ts';
import { cn, duration, type Category, type Channel } from './common.ts';

interface Frame {
  open: readonly string[];
  close: readonly string[];
}

const letter: Frame = {
  open: ['尊敬的青山县信访局领导：\n', '青山县信访局：\n', '尊敬的县委、县政府领导：\n', '尊敬的领导：\n', '县信访局领导：\n您好！'],
  close: ['\n恳请领导重视，早日解决为盼。\n此致\n敬礼！', '\n望领导在百忙之中过问此事，谢谢！', '\n盼复。\n此致\n敬礼！', '\n特此反映，恳请解决。'],
};

const online: Frame = {
  open: ['', '您好！', '领导您好：', '尊敬的领导：', '县领导好，'],
  close: ['希望尽快得到答复。', '盼复，谢谢！', '请尽快处理，谢谢。', '', '麻烦领导了。'],
};

const frames: Readonly<Record<Channel, Frame>> = {
  letter,
  fax: letter,
  online,
  email: { open: ['青山县信访局：\n', '尊敬的领导：\n', '您好：\n'], close: ['\n以上情况，请予核查处理。', '\n期待您的回复。', ''] },
  visit: {
    open: ['来访人反映：', '来访人称：', '来访人自述：'],
    close: ['来访人要求尽快给予书面答复。', '已告知来访人办理程序和时限。', ''],
  },
  phone: {
    open: ['来电人反映：', '来电人称：'],
    close: ['来电人要求相关部门尽快处理并回复。', '来电人希望电话回复处理结果。', ''],
  },
  api: {
    open: ['12345热线转办：来电人反映：', '12345政务服务便民热线工单。诉求人反映：'],
    close: ['请承办单位按时限办理并回复诉求人。', '诉求人要求回访。'],
  },
};

/** Sentences people add after the facts, by category; used on a share of petitions. */
const afterwords: Readonly<Record<Category, readonly string[]>> = {
  claim: [
    '以上情况句句属实，如有不实，本人愿意承担相应责任。',
    '我是一个普通老百姓，不懂什么法律条文，只希望政府能为我们做主。',
    '之前反映过的情况一直没有回音，这次再次反映，希望能引起重视。',
    '我相信党和政府会为老百姓解决实际困难。',
    '如需了解情况，我随时可以配合，也可以提供相关证据。',
  ],
  suggestion: ['希望这个建议能转给相关部门研究。', '身边不少邻居也有同样的想法。', '如能采纳，相信会有很多群众受益。'],
  accusation: ['如需核实，可以找村里的老党员和村民代表了解。', '相关线索和知情人可以提供，希望组织上保护反映人。', '群众对此意见很大，希望纪委认真核查。'],
};

const MIN_LENGTH = 150;
const WRITTEN: ReadonlySet<Channel> = new Set(['letter', 'fax', 'email', 'visit']);

/** The body inside its channel's opening and closing, with a note of co-signers on a joint letter. */
export function frame(rng: Random, channel: Channel, category: Category, body: string, signers: number): string {
  const f = frames[channel];
  let after = '';
  if (category === 'claim' && rng.next() < 0.25) {
    after += `此前我${rng.pick(['曾到镇政府反映过', '在网上留过言', '打过市长热线'])}，` +
      `${rng.pick(['工作人员登记后让我回家等消息', '对方答复会转给有关部门办理', '说会尽快调查处理'])}，可${duration(rng)}过去了，${rng.pick(['问题依旧', '仍然没有结果', '还是没有人来处理'])}。`;
  }
  if (rng.next() < 0.4) after += rng.pick(afterwords[category]);
  // Keep every text at 150 characters or more, whatever the channel's framing adds.
  for (let i = 0; i < 4 && body.length + after.length < MIN_LENGTH; i++) after += rng.pick(afterwords[category]);
  if (WRITTEN.has(channel) && category !== 'suggestion' && rng.next() < 0.3) {
    after += `${channel === 'visit' ? '来访人提供' : '附'}相关材料复印件${cn(rng.int(2, 9))}份。`;
  }
  const signed = signers > 1
    ? channel === 'visit' || channel === 'phone' || channel === 'api'
      ? `（共${signers}人联名）`
      : `\n（附联名签字${signers}人）`
    : '';
  return rng.pick(f.open) + body + after + rng.pick(f.close) + signed;
}
