/**
 * Fictional companies: a trade name drawn from a list, with the county or city as the place word.
 * None of these names is meant to refer to a real business.
 */
import type { Random } from '../random.ts';

export interface Company {
  /** Registered name, e.g. '青山县鑫盛建设工程有限公司'. */
  full: string;
  /** As people write it in a letter, e.g. '鑫盛公司'. */
  short: string;
}

const tradeNames: readonly string[] = [
  '宏达', '鑫盛', '华泰', '恒基', '广源', '兴隆', '锦程', '永安', '聚鑫', '通达', '瑞丰', '金鼎',
  '天成', '博远', '昌盛', '佳和', '顺发', '嘉禾', '鼎盛', '泰和', '润丰', '新宇', '金汇', '宝丰',
  '众兴', '德隆', '合力', '康达', '伟业', '富源', '汇通', '长盛',
];

const places: readonly string[] = ['青山县', '青山县', '江州市', '江州'];

function company(rng: Random, suffixes: readonly string[], shortWord: string): Company {
  const trade = rng.pick(tradeNames);
  return { full: rng.pick(places) + trade + rng.pick(suffixes), short: trade + shortWord };
}

export const constructionCompany = (rng: Random): Company =>
  company(rng, ['建设工程有限公司', '建筑劳务有限公司', '建筑工程有限公司', '建设集团有限公司'], '公司');

export const developer = (rng: Random): Company =>
  company(rng, ['房地产开发有限公司', '置业有限公司', '房地产开发有限责任公司'], '公司');

export const propertyCompany = (rng: Random): Company =>
  company(rng, ['物业服务有限公司', '物业管理有限公司'], '物业');

export const employer = (rng: Random): Company =>
  company(rng, ['电子科技有限公司', '鞋业有限公司', '服饰有限公司', '食品有限公司', '机械制造有限公司', '商贸有限公司', '新材料有限公司'], '公司');

/** [suffix, short word, what it emits]: factories and works that neighbours complain about. */
const polluters: readonly (readonly [string, string, string])[] = [
  ['石材加工厂', '石材厂', '粉尘和切割噪音'],
  ['木业有限公司', '木业公司', '粉尘和机器噪音'],
  ['塑料制品厂', '塑料厂', '刺鼻的气味'],
  ['新型建材厂', '砖厂', '粉尘'],
  ['混凝土有限公司', '搅拌站', '粉尘和运输车辆噪音'],
  ['铸造有限公司', '铸造厂', '黑烟和噪音'],
  ['化工有限公司', '化工厂', '刺鼻的气味'],
  ['纺织印染有限公司', '印染厂', '带颜色的废水'],
  ['食品加工厂', '食品厂', '污水和异味'],
  ['再生资源回收有限公司', '废品回收站', '焚烧的黑烟和噪音'],
];

export interface Polluter extends Company {
  emits: string;
}

export function polluter(rng: Random): Polluter {
  const trade = rng.pick(tradeNames);
  const [suffix, shortWord, emits] = rng.pick(polluters);
  return { full: rng.pick(places) + trade + suffix, short: trade + shortWord, emits };
}

/** A construction project as named on the site board. */
export function project(rng: Random, community: string, townName: string): string {
  switch (rng.int(0, 5)) {
    case 0: return `${community}二期项目`;
    case 1: return `${townName}安置房项目`;
    case 2: return `${community}${rng.int(3, 12)}号楼项目`;
    case 3: return `青山县${rng.pick(['城南', '城北', '工业园', '高铁新区'])}标准厂房项目`;
    case 4: return `${townName}中心卫生院综合楼项目`;
    default: return `青山县${rng.pick(['第三小学', '第二中学', '职业中专', '文体中心'])}建设项目`;
  }
}
