/** Templates: school places, medical insurance, minimum living allowance, veterans, household registration. */
import { ORG } from '../county.ts';
import { randomName } from '../identity.ts';
import { hospitals, illnesses, middleSchools, primarySchools } from './places.ts';
import { cn, duration, money, someone, span, times, ym, ymd, yuan, type Template } from './common.ts';

export const serviceTemplates: readonly Template[] = [
  {
    id: 'school-enrolment', category: 'claim', classification: '教育/入学', orgKey: ORG.education,
    weight: 4, urban: true, birthYears: [1980, 1998],
    build({ rng, town, road, community }) {
      const primary = rng.next() < 0.6;
      const school = rng.pick(primary ? primarySchools : middleSchools);
      const child = rng.pick(['儿子', '女儿']);
      const reason = rng.pick([
        '我们是外地来青山务工的，租房住，学校说租房合同要满一年且要有社保证明，我的社保差两个月',
        `我们买的${community}的房子，房产证还没办下来，学校不认购房合同`,
        '户口刚从乡下迁到城区，学校说迁入时间不满一年，只能作为第二批次安排',
      ]);
      return {
        title: rng.pick([`孩子就近入学${school}遇阻`, `${community}适龄儿童入学难`, `${community}业主${child}${primary ? '一年级' : '初一'}入学问题`]),
        request: `请求教育部门按照划片就近入学的政策，为我${child}安排${school}的学位。`,
        body: `我${child}今年${primary ? '满六周岁，要上小学一年级' : '小学毕业，要升初一'}。我家住在${town.name}${road}${community}小区，` +
          `按照教育局公布的学区划分，这里属于${school}的招生范围。可报名时${reason}，不给报名，让我们去${cn(rng.int(3, 9))}公里外的学校。` +
          `孩子年纪小，我们夫妻俩都要上班，每天接送根本做不到。我去教育局咨询，窗口说要学校同意，学校又说要等教育局统筹，两边来回跑了${times(rng)}。` +
          `眼看就要开学了，请领导帮忙协调解决。`,
        respondent: school,
        address: `青山县${town.name}${road}${community}小区`,
      };
    },
  },
  {
    id: 'medical-reimbursement', category: 'claim', classification: '劳动和社会保障/医疗保险', orgKey: ORG.medicalInsurance,
    weight: 4,
    build({ rng, town, village }) {
      const ill = rng.pick(illnesses);
      const hospital = rng.pick(hospitals);
      const cost = money(rng, 30000, 280000);
      const who = rng.pick(['我父亲', '我母亲', '我爱人', '我本人']);
      const got = Math.round((cost * rng.int(15, 35)) / 100 / 10) * 10;
      return {
        title: rng.pick([`${ill}住院费用医保报销比例过低`, `${who.slice(1)}在${hospital}住院的医保报销问题`, `${village}村民住院医保报销难`]),
        request: '请求医保部门重新审核这次住院费用，按政策落实基本医保、大病保险和医疗救助。',
        body: `${who}是${town.name}${village}村民，一直按时缴纳城乡居民医保。${ym(rng, 2024)}因${ill}在${hospital}住院治疗，前后花了${yuan(cost)}，` +
          `出院结算时医保只报了${yuan(got)}。医保窗口解释说有${rng.pick(['很多自费药和进口耗材', '一部分费用属于异地就医没有备案', '住院前的门诊检查费用不在报销范围'])}，` +
          `可住院期间医生从来没有告诉过我们哪些是自费的，也没有让我们签过什么知情同意书。我们家为了治病已经借了${yuan(money(rng, 20000, 100000, 10000))}，` +
          `${rng.pick(['孩子还在读大学', '家里只有我一个劳动力', '老人还需要长期吃药'])}，实在负担不起了。听说还有大病保险和医疗救助，请帮我们查一查能不能再报一部分。`,
        respondent: '青山县医疗保障局',
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'minimum-allowance', category: 'claim', classification: '民政/最低生活保障', orgKey: ORG.civil,
    weight: 3,
    build({ rng, town, village }) {
      const members = cn(rng.int(2, 5));
      const hardship = rng.pick(['丈夫前年因病去世', '我患有类风湿，干不了重活', '儿子车祸后瘫痪在床', '老伴常年透析']);
      const [title, what] = rng.pick([
        [`${village}低保户复核被取消低保`, `原来我家享受低保，${ym(rng, 2024)}复核时突然被取消了，理由是家里有一辆车，可那是一辆报废的旧三轮`],
        [`${town.name}${village}低保评定不公`, `${ym(rng, 2024)}我向村里申请低保，村里评议时说名额有限，把我刷了下来`],
        [`申请最低生活保障${duration(rng)}无结果`, '去年申请低保，入户调查的人说我儿子在外打工有收入，可他早就成家另过了，至今没有结果'],
      ] as const);
      return {
        title,
        request: '请求民政部门重新核查我家的家庭经济状况，依法纳入最低生活保障。',
        body: `我是${town.name}${village}村民，家里${members}口人，${hardship}，全家主要靠种几亩地和打零工过日子。${what}。` +
          `我看到评上的人里有的家里条件比我们好得多，${rng.pick(['有的在县城买了房', '有的家里开着小车', '有的子女都有正式工作'])}。现在${rng.pick(['药费一个月就要好几百', '孩子读书的费用都凑不齐', '冬天连买煤的钱都要借'])}，日子实在过不下去了。我去镇民政办问了${times(rng)}，没有人给我一个书面说法。请领导实事求是地核查我家的情况。`,
        respondent: `青山县${town.name}人民政府`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'veterans-benefit', category: 'claim', classification: '退役军人/优抚待遇', orgKey: ORG.veterans,
    weight: 2, joint: 0.05, birthYears: [1950, 1986],
    build({ rng, town, village, I }) {
      const year = rng.int(1970, 2004);
      const kind = rng.pick(['参战参试人员生活补助', '伤残抚恤金', '退役士兵安置待遇', '农村籍退役士兵老年生活补助']);
      return {
        title: rng.pick([`申请落实${kind}`, `${village}老兵${kind}未落实`, `${year}年入伍老兵待遇问题`]),
        request: `请求退役军人事务部门核实${I}的服役情况，落实${kind}。`,
        body: `${I}是${town.name}${village}人，${year}年应征入伍，在部队服役${cn(rng.int(2, 12))}年，${rng.pick(['曾参加抗洪抢险', '在边防部队服役', '训练中受过伤'])}，` +
          `退伍后回乡务农。按照国家政策，${I}应当享受${kind}，${ym(rng, 2023, 2024)}${I}把退伍证、入伍登记表等材料交到了镇退役军人服务站。` +
          `可${duration(rng)}过去了，一直没有消息，问起来说是档案里缺少部队的证明材料，要${I}自己去原部队开。` +
          `部队早已改编，${I}年纪大了跑不动。希望组织上帮忙协调调档核实，不要让老兵寒心。`,
        respondent: '青山县退役军人事务局',
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'household-registration', category: 'claim', classification: '公安/户籍管理', orgKey: ORG.police,
    weight: 2,
    build({ rng, town, village }) {
      const child = randomName(rng).name.slice(-2);
      const [title, what, effect] = rng.pick([
        [`${village}孩子出生多年无法落户`, `孩子${child}是${ymd(rng, 2017, 2022)}出生的，因为出生证明上的信息和我的身份证不一致，一直上不了户口`,
          '孩子上学、打疫苗都受影响'],
        [`${town.name}${village}村民出生日期登记错误无法更正`, '我的身份证上出生日期比实际大了五岁，是当年登记时写错的，一直改不过来', '领取养老金的时间也跟着受影响'],
        [`${town.name}派出所办理户口迁移难`, '我结婚后想把户口迁到男方所在的村，派出所说要村里开同意证明，村里又说要先交一笔钱', '我在男方村里分不到承包地，医保也不好办'],
      ] as const);
      return {
        title,
        request: '请求公安机关依法为我家办理户籍登记，或书面告知还需补充的材料。',
        body: `我家住在${town.name}${village}，${what}。` +
          `我到${town.name}派出所户籍窗口去了${times(rng)}，每次都让补不同的材料，也不一次性说清楚。` +
          `现在${effect}，心里很着急。我不是不愿意补材料，只希望窗口能一次性告诉我到底需要哪些，不要让老百姓来回跑。请公安机关按规定给个明确答复。`,
        respondent: `青山县公安局${town.name.slice(0, 2)}派出所`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'prepaid-card', category: 'claim', classification: '市场监管/消费维权', orgKey: ORG.market,
    weight: 2, urban: true, joint: 0.1,
    build({ rng, town, road, I }) {
      const shop = `${someone(rng).slice(0, 1)}${rng.pick(['健身', '美容美发', '教育培训', '游泳', '母婴护理'])}${rng.pick(['会所', '中心', '工作室'])}`;
      const paid = money(rng, 1800, 20000);
      const [joined, closed] = span(rng);
      return {
        title: rng.pick([`${road}${shop}预付卡跑路`, `${shop}关门停业拒不退费`, `${shop}预付卡无法退款`]),
        request: `请求市场监管部门督促${shop}经营者退还${I}卡内余额${yuan(paid)}。`,
        body: `${joined}，${I}在${town.name}${road}的${shop}办了会员卡，充值${yuan(paid)}，当时店员一再保证“随时可以退”。` +
          `没用几次，${closed}店门突然关了，门上贴着“装修升级”，老板的电话打不通，微信也把${I}拉黑了。` +
          `据了解，这家店同时还办了很多卡，受骗的会员有上百人，不少是老人和学生家长。${I}保留了收据、转账记录和聊天截图。` +
          `请市场监管部门依法处理，督促经营者退款，也提醒商家不能这样坑消费者。`,
        respondent: `${town.name}${road}${shop}`,
        address: `青山县${town.name}${road}`,
      };
    },
  },
];
