/** Templates: property management, housing delivery, title certificates, illegal building. */
import { ORG } from '../county.ts';
import { developer, propertyCompany } from './companies.ts';
import { cn, duration, money, span, times, ym, yuan, type Template } from './common.ts';

export const housingTemplates: readonly Template[] = [
  {
    id: 'property-service', category: 'claim', classification: '城乡建设/物业管理', orgKey: ORG.housing,
    weight: 7, urban: true, joint: 0.06,
    build({ rng, town, road, community, joint, I }) {
      const pm = propertyCompany(rng);
      const building = rng.int(1, 24);
      const problems = rng.pick([
        `小区${rng.int(2, 9)}号楼的电梯三天两头坏，上个月还困过人，物业一直说在等配件`,
        '地下车库长期积水，一下雨就淹到脚踝，墙面大面积渗水发霉',
        '楼道灯坏了几个月没人修，垃圾桶经常满了也不清运，夏天臭气熏天',
        '小区大门的门禁和监控坏了很久，外来车辆随意进出，消防通道被堵死',
        '绿化带被改成收费停车位，业主提意见，物业说是开发商定的',
      ]);
      const fee = (rng.int(8, 22) / 10).toFixed(1);
      return {
        title: rng.pick([`${community}物业服务不到位`, `反映${community}${pm.short}管理问题`, `${community}电梯车库等问题长期不解决`]),
        request: `请求住建部门督促${pm.short}履行物业服务合同，尽快解决${community}存在的问题。`,
        body: `${I}是${town.name}${road}${community}小区${building}栋的业主${joint ? '，共同签名反映' : ''}。小区由${pm.full}管理，物业费每月每平方米${fee}元，业主一分没少交，` +
          `但服务越来越差：${problems}。${I}在业主群里、物业前台反映了${times(rng)}，也打过12345热线，` +
          `物业每次都说“马上处理”，过后就没有下文。${rng.pick(['小区至今没有成立业主委员会，业主找不到说理的地方。', '社区也来协调过一次，但没有解决根本问题。', '物业还威胁说谁不交费就不给办理装修手续。'])}` +
          `请主管部门依法督促物业整改，并公开物业费和公共收益的收支情况。`,
        respondent: pm.full,
        address: `青山县${town.name}${road}${community}小区`,
      };
    },
  },
  {
    id: 'maintenance-fund', category: 'claim', classification: '城乡建设/物业管理', orgKey: ORG.housing,
    weight: 3, urban: true, joint: 0.05,
    build({ rng, town, road, community, I }) {
      const building = rng.int(1, 18);
      const cost = money(rng, 30000, 260000, 1000);
      return {
        title: rng.pick([`${community}${building}栋申请使用维修基金难`, `${community}屋面漏水维修无人负责`, `${community}${building}栋维修资金申请受阻`]),
        request: `请求住建部门指导${community}${building}栋业主申请使用住宅专项维修资金，尽快维修。`,
        body: `${community}小区${building}栋建成已经${cn(rng.int(9, 20))}年，${rng.pick(['楼顶防水层老化，顶楼几户一下雨就漏', '外墙瓷砖多处脱落，上个月砸坏了楼下的车', '两部电梯都超过了使用年限，经常停运'])}。` +
          `维修公司报价${yuan(cost)}，按规定可以申请使用住宅专项维修资金，可物业说要楼里三分之二以上业主签字，还要走很多程序，` +
          `${I}跑了${duration(rng)}，挨家挨户上门做工作，签字收齐了，材料交上去又被退回来说格式不对，物业和住建部门互相推来推去。现在每天提心吊胆，担心出事故。请帮忙理顺手续，早日维修。`,
        respondent: propertyCompany(rng).full,
        address: `青山县${town.name}${road}${community}小区${building}栋`,
      };
    },
  },
  {
    id: 'delivery-delay', category: 'claim', classification: '城乡建设/商品房交付', orgKey: ORG.housing,
    weight: 5, urban: true, joint: 0.15,
    build({ rng, town, road, community, joint, I }) {
      const dev = developer(rng);
      const [signed, due] = span(rng);
      const paid = money(rng, 150000, 560000, 1000);
      return {
        title: rng.pick([`${community}项目逾期交房`, `${dev.short}${community}楼盘延期交付`, `${community}停工烂尾要求复工交房`]),
        request: `请求督促${dev.short}尽快复工，按合同交房并支付逾期违约金。`,
        body: `${signed}${I}在${dev.full}开发的${community}项目购买了商品房${joint ? `，同批业主共${rng.int(30, 260)}户` : ''}，` +
          `${rng.pick(['首付加按揭', '一次性付清'])}共付了${yuan(paid)}，合同约定${due}交房。可到期后工地${rng.pick(['基本停工', '只有零星几个工人', '大门紧锁'])}，` +
          `开发商先说是疫情影响，后来又说资金链紧张，一拖再拖，至今已逾期${duration(rng)}。${I}一边还着房贷，一边在外租房，负担非常重。` +
          `${I}去售楼部问过${times(rng)}，都没有明确的复工时间。听说预售资金监管账户里的钱也被挪用了，请主管部门查一查，给业主一个交代。`,
        respondent: dev.full,
        address: `青山县${town.name}${road}${community}项目`,
      };
    },
  },
  {
    id: 'title-certificate', category: 'claim', classification: '城乡建设/不动产登记', orgKey: ORG.land,
    weight: 3, urban: true, joint: 0.08,
    build({ rng, town, road, community, I }) {
      const dev = developer(rng);
      const years = rng.int(2, 8);
      return {
        title: rng.pick([`${community}交房${years}年办不了不动产权证`, `${community}业主办证难`, `反映${dev.short}拖延办理房产证`]),
        request: `请求协调${dev.short}和不动产登记部门，尽快为${community}业主办理不动产权证。`,
        body: `${I}是${community}小区业主，房子是${years}年前从${dev.full}买的，购房款和契税都已交清，也入住多年了，可至今拿不到不动产权证。` +
          `开发商说是项目${rng.pick(['土地出让金没有交清', '规划竣工验收还没通过', '有部分面积超规划建设'])}，要等问题解决后才能办。` +
          `没有证，孩子上学登记、房子抵押贷款都受影响，${rng.pick(['有的业主想卖房也卖不了', '老人去世后子女继承也办不了'])}。` +
          `这是开发商的问题，不应该由我们业主承担后果，请政府协调处理。`,
        respondent: dev.full,
        address: `青山县${town.name}${road}${community}小区`,
      };
    },
  },
  {
    id: 'illegal-building', category: 'claim', classification: '城乡建设/违法建设', orgKey: ORG.urban,
    weight: 3, urban: true,
    build({ rng, town, road, community }) {
      const floor = rng.int(1, 18);
      const what = rng.pick(['在楼顶私自加盖了一层彩钢房', '把一楼花园用砖墙围起来建了阳光房', '打掉承重墙改成商铺', '在公共绿地上搭建了车棚']);
      return {
        title: rng.pick([`${community}有业主私搭乱建`, `举报${community}违章建筑`, `${community}${floor}楼违建影响安全`]),
        request: '请求城管部门依法查处并拆除违法建设，恢复原状。',
        body: `我住在${town.name}${road}${community}小区，${ym(rng, 2024)}以来，同单元${floor}楼的住户${what}，施工噪音很大，` +
          `建好以后${rng.pick(['挡住了我家的采光', '雨水顺着墙缝往我家渗', '占用了公共部位，大家进出都不方便'])}。我找物业，物业说管不了；` +
          `打过12345热线，城管来看过一次，贴了整改通知，但对方没理会，还在继续施工。这种违建有安全隐患，其他住户也有意见。` +
          `请城管部门依法处理，不要让违建成了既成事实。`,
        respondent: `${community}小区${floor}楼住户`,
        address: `青山县${town.name}${road}${community}小区`,
      };
    },
  },
];
