/** Templates: reports of misconduct by officials, all for the discipline inspection body. */
import { ORG } from '../county.ts';
import { randomName } from '../identity.ts';
import { constructionCompany } from './companies.ts';
import { cn, money, someone, ym, yuan, type Ctx, type Template } from './common.ts';

const villagePosts = ['党支部书记', '村委会主任', '村党支部书记兼村委会主任', '村会计', '村报账员'] as const;
const closings = ['以上反映情况属实，请纪委监委调查核实。', '请求组织上认真调查，严肃处理。', '希望组织上查清事实，给群众一个交代。'] as const;
const anonymousClosings = ['为免遭打击报复，本人暂不署名，请组织明察。', '因担心被打击报复，不便留名，恳请组织调查核实。'] as const;
const closing = (c: Ctx): string => c.rng.pick(c.anonymous ? anonymousClosings : closings);

export const accusationTemplates: readonly Template[] = [
  {
    id: 'village-funds', category: 'accusation', classification: '纪检监察/侵占集体资金', orgKey: ORG.discipline,
    weight: 4, anonymous: 0.6,
    build(c) {
      const { rng, town, village } = c;
      const official = randomName(rng).name;
      const post = rng.pick(villagePosts);
      const sum = money(rng, 50000, 900000, 1000);
      return {
        title: rng.pick([`举报${village}${post}${official}侵占集体资金`, `${town.name}${village}村务不公开问题`, `反映${village}干部挪用集体资金`]),
        request: `请求调查${village}${post}${official}侵占、挪用村集体资金的问题，并公开村级账目。`,
        body: `我是${town.name}${village}村民，现举报${post}${official}的问题：一、${ym(rng, 2023)}村里的${rng.pick(['集体山林出租', '鱼塘承包', '砂石场土地租赁'])}收入${yuan(sum)}，` +
          `没有入村集体账户，而是打进了${official}亲戚的个人账户；二、${rng.pick(['村部维修工程', '通组公路硬化', '高标准农田建设'])}由${official}的${rng.pick(['小舅子', '侄子', '女婿'])}承包，` +
          `没有经过村民代表大会，造价明显虚高；三、村务公开栏${cn(rng.int(2, 3))}年没有更新过，村民要求查账被一口拒绝。` +
          `${closing(c)}`,
        respondent: `${town.name}${village}${post}${official}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'allowance-favouritism', category: 'accusation', classification: '纪检监察/优亲厚友', orgKey: ORG.discipline,
    weight: 3, anonymous: 0.65,
    build(c) {
      const { rng, town, village } = c;
      const official = randomName(rng, 'm').name;
      const post = rng.pick(villagePosts);
      const n = rng.int(3, 9);
      return {
        title: rng.pick([`${village}低保评定优亲厚友`, `举报${village}${official}违规给亲属办低保`, `${town.name}${village}低保户不符合条件`]),
        request: `请求对${village}低保户进行全面清查，查处${official}违规为亲属办理低保的问题。`,
        body: `${town.name}${village}现有低保户中，至少有${n}户是${post}${official}的亲属或关系户，其中${rng.pick(['他的弟弟开着一家农家乐', '他的岳父岳母在城里有两套房', '他的儿媳在县城上班'])}，` +
          `根本不符合低保条件。而村里真正困难的${rng.pick(['孤寡老人', '重病户', '残疾人家庭'])}却申请不上。` +
          `低保评议时没有召开村民代表会议，公示也只贴了两天就撕掉了。村民私下议论很多，但都怕得罪他不敢出面，${rng.pick(['有人提过意见，第二年就被取消了种粮补贴', '他在村里经营多年，家族势力大'])}。${closing(c)}`,
        respondent: `${town.name}${village}${post}${official}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'bid-rigging', category: 'accusation', classification: '纪检监察/工程建设领域违纪', orgKey: ORG.discipline,
    weight: 2, anonymous: 0.7,
    build(c) {
      const { rng, town, village } = c;
      const official = randomName(rng).name;
      const co = constructionCompany(rng);
      const sum = money(rng, 800000, 9000000, 10000);
      const post = rng.pick(['副镇长', '党委委员', '村镇建设办主任']);
      return {
        title: rng.pick([`举报${town.name}${post}${official}插手工程项目`, `${town.name}${village}项目招投标涉嫌围标`, `反映${town.name}${village}工程项目违规发包问题`]),
        request: `请求调查${town.name}${official}插手工程项目、收受好处的问题。`,
        body: `${ym(rng, 2023)}，${town.name}${village}${rng.pick(['美丽乡村建设', '河道治理', '农村污水管网', '高标准农田'])}项目（中标价约${yuan(sum)}）由${co.full}中标。` +
          `据了解，参加投标的几家公司实际上是同一个老板${someone(rng)}在操控，${town.name}${post}${official}与该老板关系密切，经常一起吃饭打牌，` +
          `项目开工前就有人说“这个工程早定了”。施工中偷工减料，${rng.pick(['水泥路面不到一年就开裂', '管网埋深明显不够', '护坡石块一冲就垮'])}，验收却顺利通过。${closing(c)}`,
        respondent: `${town.name}人民政府${post}${official}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'officer-bribery', category: 'accusation', classification: '纪检监察/吃拿卡要', orgKey: ORG.discipline,
    weight: 2, anonymous: 0.55,
    build(c) {
      const { rng, town, road } = c;
      const official = randomName(rng).name;
      const unit = rng.pick(['城市管理局执法中队', '市场监督管理所', '交通运输执法大队', '自然资源所']);
      const gift = rng.pick(['两条烟和两瓶酒', `一个${money(rng, 1000, 5000, 500)}元的红包`, '一张购物卡']);
      return {
        title: rng.pick([`举报${unit}工作人员${official}吃拿卡要`, `反映${town.name}${unit}执法不公`, `${official}借检查索要财物`]),
        request: `请求查处${unit}${official}利用职务索要财物、选择性执法的问题。`,
        body: `我在${town.name}${road}做${rng.pick(['小餐饮', '建材生意', '货运', '农家乐'])}。${unit}的${official}多次借检查为名上门，` +
          `${rng.pick(['鸡蛋里挑骨头', '一会儿说消防不合格，一会儿说证照有问题'])}，言语中暗示要“意思意思”。${ym(rng, 2024)}我送了${gift}，之后检查就“过了”。` +
          `同一条街上没送东西的商户被反复罚款。这种作风严重损害政府形象，我愿意配合调查，提供时间地点和在场人员。${closing(c)}`,
        respondent: `${unit}${official}`,
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'subsidy-fraud', category: 'accusation', classification: '纪检监察/虚报冒领', orgKey: ORG.discipline,
    weight: 2, anonymous: 0.6,
    build(c) {
      const { rng, town, village } = c;
      const official = randomName(rng, 'm').name;
      const kind = rng.pick(['退耕还林补助', '生态公益林补偿', '危房改造补助', '产业扶持资金']);
      const n = rng.int(5, 30);
      return {
        title: rng.pick([`举报${village}虚报冒领${kind}`, `${village}${official}套取${kind}`, `${town.name}${village}${kind}发放不实`]),
        request: `请求核查${village}${kind}的发放名册，追回被冒领的资金，追究相关人员责任。`,
        body: `${town.name}${village}在${ym(rng, 2022)}申报${kind}时，村干部${official}虚报了${n}户的面积和户数，` +
          `有的户早就把山林流转出去了，有的户根本没有这项资格，钱却照样发了下来，然后被他以“代为保管”的名义取走。` +
          `我们村民拿到的补助明细和村里公示的数字对不上。这些钱是国家给农民的，不能落到个人腰包里。${closing(c)}`,
        respondent: `${town.name}${village}村干部${official}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
];
