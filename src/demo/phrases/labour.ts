/** Templates: wages, social insurance, pensions, work injuries. */
import { ORG } from '../county.ts';
import { randomName } from '../identity.ts';
import { constructionCompany, employer, project } from './companies.ts';
import { duration, money, someone, span, times, ym, yuan, type Template } from './common.ts';

const trades = ['木工', '钢筋工', '泥瓦工', '水电工', '架子工', '油漆工', '小工', '防水工'] as const;

export const labourTemplates: readonly Template[] = [
  {
    id: 'wage-construction', category: 'claim', classification: '劳动和社会保障/欠薪', orgKey: ORG.labour,
    weight: 9, urban: true, joint: 0.15,
    build({ rng, town, road, community, joint, signers, I }) {
      const co = constructionCompany(rng);
      const site = project(rng, community, town.name);
      const boss = someone(rng);
      const trade = rng.pick(trades);
      const workers = signers;
      const each = money(rng, 6000, 48000);
      const owed = yuan(each * workers);
      const [start, end] = span(rng);
      const chase = rng.pick([
        `${I}找${boss}和项目部讨要了${times(rng)}，对方一会儿说月底结，一会儿说等开发商拨款，到现在一分钱也没拿到。`,
        `项目经理说工程款已经拨给了班组长，让${I}自己去找${boss}，可${boss}的电话一直打不通，人也找不到。`,
        `${I}也到${town.name}劳动保障所反映过，所里协调了一次，公司答应${ym(rng, 2025)}前付清，到期后仍未兑现。`,
      ]);
      const hardship = rng.pick([
        '眼看又要过年了，家里老人要看病，孩子要交学费，实在等不起了。',
        `${joint ? '我们都是' : '我是'}附近村里出来打工的，靠这点工钱养家糊口，拖了${duration(rng)}，生活已经十分困难。`,
        '这些钱都是辛辛苦苦一天一天干出来的，工地上有考勤表和班组长记的工日可以作证。',
      ]);
      const owedText = joint ? `${I}${workers}名工人的工资共计${owed}` : `我的工资${owed}`;
      return {
        title: rng.pick([`${co.short}拖欠${site}农民工工资`, `反映${co.short}${site}拖欠工资问题`, `讨要${site}${trade}${joint ? '们' : ''}的工资`]),
        request: `请求责成${co.short}和${boss}尽快足额支付拖欠${owedText}。`,
        body: `${I}是在${site}干活的${trade}，${start}跟随包工头${boss}进场施工，该项目的施工单位是${co.full}。${end}${I}干完活离场，` +
          `${boss}以开发商没有付清工程款为由，一直拖欠${owedText}。${chase}${hardship}`,
        respondent: co.full,
        address: `青山县${town.name}${road}${site}`,
      };
    },
  },
  {
    id: 'wage-factory', category: 'claim', classification: '劳动和社会保障/欠薪', orgKey: ORG.labour,
    weight: 4, joint: 0.1,
    build({ rng, town, village, joint, signers, I }) {
      const co = employer(rng);
      const months = rng.int(2, 6);
      const pay = money(rng, 3200, 6500);
      const [start] = span(rng);
      const we = joint ? `${I}${signers}名员工` : I;
      return {
        title: rng.pick([`${co.short}拖欠员工${months}个月工资`, `反映${co.short}停产欠薪`, `${town.name}${co.short}欠薪问题`]),
        request: `请求督促${co.full}支付拖欠的${months}个月工资，并依法解除劳动关系、支付经济补偿。`,
        body: `${I}在${co.full}上班，厂子在${town.name}${village}工业小区内，${I}做的是${rng.pick(['流水线普工', '仓管', '质检', '机修', '包装工'])}，` +
          `月工资${pay}元左右。从${start}开始，公司说订单少、资金周转困难，工资先发一半，后来干脆不发了，到现在已经拖欠${months}个月。` +
          `${rng.pick(['上个月老板把部分设备拉走了，厂门也锁了，', '现在车间基本停工，管理人员说老板在外地筹钱，', '公司既不发工资也不给办离职，'])}` +
          `${we}去找人事要说法，只得到“再等等”三个字。${I}不知道还要等多久，房租和孩子的生活费都成了问题，请政府帮${I}讨个公道。`,
        respondent: co.full,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'social-insurance-unpaid', category: 'claim', classification: '劳动和社会保障/社会保险', orgKey: ORG.labour,
    weight: 4, birthYears: [1969, 1983],
    build({ rng, town, road }) {
      const co = employer(rng);
      const years = rng.int(2, 9);
      const [start] = span(rng);
      return {
        title: rng.pick([`${co.short}未给员工缴纳社保`, `反映${co.short}${years}年未缴社会保险`, `${co.short}未依法为员工缴纳社保`]),
        request: `请求责令${co.short}为我补缴在职期间的养老、医疗等社会保险。`,
        body: `我于${start}入职${co.full}，至今已工作${years}年，签过劳动合同，每月工资通过银行卡发放。最近我到县社保中心打印缴费记录，` +
          `才发现公司只给我交了${rng.pick(['工伤保险', '头半年的社保', '最低档的养老保险'])}，其余年份一直没有缴纳。` +
          `我找公司负责人${someone(rng)}，他说入职时我签了“自愿放弃社保”的声明，可那份东西是入职时和一堆材料一起让签的，根本没有说明。` +
          `我年纪也不小了，再不补上，将来退休领不到养老金。公司地址在${town.name}${road}，请有关部门依法处理。`,
        respondent: co.full,
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'pension-calculation', category: 'claim', classification: '劳动和社会保障/养老保险', orgKey: ORG.labour,
    weight: 3, birthYears: [1962, 1970],
    build({ rng, town, village }) {
      const years = rng.int(4, 12);
      const factory = rng.pick(['县农机厂', '县化肥厂', '县供销社', '县粮食局下属粮站', '县纺织厂', '县水泥厂']);
      return {
        title: rng.pick([`${village}居民养老金未计算视同缴费年限`, `原${factory}职工${years}年工龄未认定`, `${town.name}退休职工申请重新核定养老金`]),
        request: `请求核实我在原${factory}的${years}年工龄，并重新核定养老金待遇。`,
        body: `我是${town.name}${village}居民，今年${rng.int(1, 10)}月办理了退休手续。${rng.pick(['上世纪八十年代', '1990年前后', '1985年'])}我被招进原${factory}当正式职工，` +
          `干了${years}年，后来企业改制，我被买断工龄下岗。这次核定养老金时，社保经办人员说档案里缺少招工表，这${years}年不能算视同缴费年限，` +
          `我每月养老金只有${money(rng, 1300, 2300, 10)}元。我保存有当年的工作证、工资条和厂里的证明，老同事${randomName(rng).name}等人也可以作证。` +
          `听说同厂的其他人都认定了，我的情况为什么不行，请领导帮忙查一查。`,
        respondent: '青山县社会保险事业中心',
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'work-injury', category: 'claim', classification: '劳动和社会保障/工伤', orgKey: ORG.labour,
    weight: 3,
    build({ rng, town, road, community }) {
      const co = rng.next() < 0.5 ? constructionCompany(rng) : employer(rng);
      const when = rng.pick(['上午', '下午', '晚上加班时']);
      const injury = rng.pick(['右手三根手指被压断', '从脚手架上摔下来腰椎骨折', '左腿被叉车撞伤骨折', '被机器绞伤左臂']);
      const cost = money(rng, 12000, 90000);
      return {
        title: rng.pick([`${co.short}不配合工伤认定`, `${co.short}员工受伤后无人负责`, `${town.name}${co.short}员工申请工伤认定遇阻`]),
        request: '请求督促用人单位配合申报工伤认定，并依法承担医疗费和停工期间工资。',
        body: `我在${co.full}上班，${ym(rng)}的一天${when}，我在${rng.pick([`${town.name}${road}车间`, `${community}工地`])}干活时${injury}，` +
          `先后在县人民医院、市第一人民医院治疗，花了${yuan(cost)}，其中公司只垫付了${yuan(Math.round(cost / 3 / 100) * 100)}。` +
          `出院后我要求公司申报工伤，公司说我是临时工，没有劳动合同，不肯出具证明，还说我自己操作不当。事发时班长和几个工友都在现场，` +
          `可以证明我是在工作中受的伤。现在我干不了重活，家里收入断了，医药费欠了一大笔，希望政府帮我主持公道。`,
        respondent: co.full,
        address: `青山县${town.name}${road}`,
      };
    },
  },
];
