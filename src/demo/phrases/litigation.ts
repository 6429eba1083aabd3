/**
 * Templates: matters that belong to a court, arbitration, reconsideration or a procuratorate.
 * They are registered like any petition and answered with the right procedure to use.
 */
import { ORG } from '../county.ts';
import { employer } from './companies.ts';
import { cn, money, someone, times, ym, ymd, yuan, type Template } from './common.ts';

export const litigationTemplates: readonly Template[] = [
  {
    id: 'judgment-enforcement', category: 'claim', classification: '政法/执行难', orgKey: ORG.office,
    weight: 2, route: 'court',
    build({ rng, town, village }) {
      const debtor = someone(rng);
      const sum = money(rng, 20000, 600000, 1000);
      return {
        title: rng.pick(['法院判决生效后迟迟执行不到位', `${debtor}拒不履行判决`, `与${debtor}纠纷案申请执行长期未结`]),
        request: `请求督促法院加大执行力度，让${debtor}履行判决，支付${yuan(sum)}。`,
        body: `我与${debtor}${rng.pick(['买卖合同纠纷', '房屋装修款纠纷', '交通事故赔偿纠纷'])}一案，青山县人民法院于${ymd(rng, 2021, 2023)}作出判决，` +
          `判令${debtor}支付我${yuan(sum)}，判决早已生效。我随后申请了强制执行，可${cn(rng.int(1, 2))}年多过去了，只执行到几千元。` +
          `${debtor}名下的车和房子早就转到了亲戚名下，他本人照样开店做生意，${rng.pick(['还在朋友圈晒出国旅游', '还盖起了新房'])}。` +
          `执行法官说查不到可供执行的财产，要终结本次执行。我打官司花了不少钱，赢了官司却拿不到钱，心里实在想不通。`,
        respondent: '青山县人民法院',
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'labour-dismissal', category: 'claim', classification: '劳动和社会保障/劳动争议', orgKey: ORG.office,
    weight: 2, route: 'arbitration',
    build({ rng, town, road }) {
      const co = employer(rng);
      const years = rng.int(2, 12);
      return {
        title: rng.pick([`${co.short}违法解除劳动合同`, `${co.short}辞退员工不给经济补偿`, `${co.short}拒付加班费和补偿金`]),
        request: `请求${co.short}支付违法解除劳动合同的赔偿金和拖欠的加班费。`,
        body: `我在${co.full}工作了${years}年，${ym(rng, 2025)}公司以“末位淘汰”为由通知我第二天不用来上班了，没有任何书面手续，` +
          `也不给一分钱补偿。这几年公司一直要求我们每天加班两三个小时，周六也上班，从来没付过加班费。按照劳动合同法，` +
          `违法解除应当支付赔偿金，我算了一下加上加班费大约${yuan(money(rng, 30000, 160000, 1000))}。` +
          `公司在${town.name}${road}，我去找过人事${times(rng)}，对方说有本事就去告。希望政府为我们打工的人做主。`,
        respondent: co.full,
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'penalty-dispute', category: 'claim', classification: '政法/行政执法', orgKey: ORG.office,
    weight: 2, route: 'reconsideration',
    build({ rng, town, road }) {
      const [unit, what, fine] = rng.pick([
        ['青山县城市管理局', '占道经营', money(rng, 500, 5000)],
        ['青山县市场监督管理局', '销售过期食品', money(rng, 5000, 50000, 1000)],
        ['青山县自然资源局', '非法占用耕地建房', money(rng, 20000, 120000, 1000)],
        ['青山县交通运输局', '非法营运', money(rng, 5000, 30000, 1000)],
      ] as const);
      return {
        title: rng.pick([`对${unit}行政处罚不服`, `${what}处罚过重`, `不服${unit}罚款${yuan(fine)}的决定`]),
        request: `请求撤销${unit}对我作出的罚款${yuan(fine)}的行政处罚决定。`,
        body: `${ymd(rng, 2025)}，${unit}以我${what}为由，对我作出罚款${yuan(fine)}的行政处罚决定。我认为这个处罚不合理：` +
          `${rng.pick(['执法人员现场没有出示证件，也没有听我解释', '同样情况的其他人只是批评教育，唯独罚了我', '事情的起因和他们认定的完全不一样'])}，` +
          `而且罚款数额远远超出我的承受能力。我家在${town.name}${road}，${rng.pick(['一家老小全靠这点小生意过日子', '我是低保户，根本交不起这笔钱'])}。` +
          `我也想过去讨个说法，可去了${times(rng)}都被挡了回来。请求上级领导主持公道，撤销这个处罚。`,
        respondent: unit,
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'private-loan', category: 'claim', classification: '政法/民事纠纷', orgKey: ORG.office,
    weight: 2, route: 'litigation',
    build({ rng, town, village }) {
      const debtor = someone(rng);
      const sum = money(rng, 20000, 400000, 1000);
      return {
        title: rng.pick([`${debtor}借款${yuan(sum)}拒不归还`, `${village}村民${debtor}借钱不还`, `${town.name}${village}民间借贷纠纷`]),
        request: `请求政府出面督促${debtor}归还借款${yuan(sum)}及利息。`,
        body: `${ym(rng, 2022)}，同村的${debtor}说要${rng.pick(['买货车跑运输', '承包鱼塘', '给儿子买房交首付'])}，向我借了${yuan(sum)}，` +
          `写了借条，约定一年内还清。到期后他一直拖着不还，先说生意亏了，后来干脆躲到外地去了，电话也不接。` +
          `这笔钱是我家${rng.pick(['卖房子', '多年打工攒下', '给孩子准备结婚'])}的钱。我去找过村委会调解，他家里人说欠钱的是他本人，与家里无关。` +
          `我去派出所报过案，派出所说这是经济纠纷不归他们管。我年纪大了不懂法律，请政府帮我把钱要回来。`,
        respondent: `${town.name}${village}村民${debtor}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'non-prosecution', category: 'claim', classification: '政法/涉法涉诉', orgKey: ORG.office,
    weight: 1, route: 'procuratorate',
    build({ rng, town, village }) {
      const other = someone(rng);
      return {
        title: rng.pick([`对${other}伤害案不起诉决定不服`, `${other}故意伤害案处理不公`, `${village}村民被打伤案件处理结果有异议`]),
        request: `请求重新审查${other}故意伤害一案，依法追究其刑事责任。`,
        body: `${ym(rng, 2023, 2024)}，我在${town.name}${village}因${rng.pick(['宅基地边界', '灌溉用水', '山林权属'])}问题与${other}发生争执，` +
          `被他用锄头打伤头部，经鉴定为轻伤二级。公安机关立案侦查后移送审查起诉，可青山县人民检察院${ymd(rng, 2025, 2025)}作出了不起诉决定，` +
          `理由是双方有过错、对方已赔偿。可我从来没有同意和解，也没有拿到过他的赔偿。我现在还经常头痛，干不了农活。` +
          `我认为这个决定不公正，请求领导过问，重新处理。`,
        respondent: '青山县人民检察院',
        address: `青山县${town.name}${village}`,
      };
    },
  },
];
