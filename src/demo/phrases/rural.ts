/** Templates: land requisition, farm subsidies, homesteads, drinking water, rural roads. */
import { ORG } from '../county.ts';
import { crops } from './places.ts';
import { cn, duration, money, someone, times, ym, type Template } from './common.ts';

const groups = (n: number): string => `${cn(n, true)}组`;

export const ruralTemplates: readonly Template[] = [
  {
    id: 'land-compensation', category: 'claim', classification: '国土资源/征地补偿', orgKey: ORG.land,
    weight: 6, joint: 0.15,
    build({ rng, town, village, joint, I }) {
      const mu = (rng.int(8, 60) / 10).toFixed(1);
      const per = money(rng, 28000, 52000, 500);
      const project = rng.pick(['工业园区扩区', '高速公路连接线', '县城南外环', '物流园', '安置小区', '污水处理厂']);
      const group = groups(rng.int(1, 12));
      return {
        title: rng.pick([`${village}${project}征地补偿不到位`, `${town.name}${village}征地补偿款未足额发放`, `${village}${project}项目征地补偿标准问题`]),
        request: `请求公开${village}${project}征地的补偿标准和款项发放明细，足额发放${I}应得的补偿款。`,
        body: `${I}是${town.name}${village}${group}村民${joint ? `，全组共${rng.int(12, 70)}户` : ''}。${ym(rng, 2023)}，${project}项目征收了${I}组的耕地，` +
          `其中${joint ? '' : '我家'}被征${mu}亩。当时说好补偿标准是每亩${per}元，可到手的钱明显少了，问村里，村干部说一部分被扣作“村集体提留”，` +
          `还有一部分要等项目验收后再发。${rng.pick(['地上的青苗和果树也没有单独补偿。', '社保安置的名额也没有落实。', '征地公告和补偿方案从来没有在组里张贴过。'])}` +
          `${I}找过村委会和镇里${times(rng)}，都说不清楚具体数目。土地是农民的命根子，请求有关部门公开账目，把该给${I}的钱给到位。`,
        respondent: `${town.name}${village}村民委员会`,
        address: `青山县${town.name}${village}${group}`,
      };
    },
  },
  {
    id: 'farm-subsidy', category: 'claim', classification: '农村农业/惠农补贴', orgKey: ORG.agriculture,
    weight: 4, joint: 0.05,
    build({ rng, town, village, I }) {
      const mu = rng.int(3, 26);
      const kind = rng.pick(['耕地地力保护补贴', '稻谷目标价格补贴', '农机购置补贴', '种粮一次性补贴']);
      const years = rng.int(2, 4);
      return {
        title: rng.pick([`${village}${kind}未发放`, `${village}${kind}少发漏发`, `${town.name}${village}补贴发放问题`]),
        request: `请求核实${I}家${mu}亩承包地的${kind}发放情况，补发应得的款项。`,
        body: `${I}是${town.name}${village}村民，家里承包了${mu}亩地，一直种${rng.pick(crops)}。近${cn(years)}年来，${I}的一卡通里再没有收到过${kind}。` +
          `问村里的会计${someone(rng)}，他说${rng.pick(['我家的地被统计成了撂荒地', '名单是镇上报的，村里不清楚', '系统里面积登记错了'])}。` +
          `可我家的地每年都在种，邻居们都可以作证。按每年每亩一百多元算，${cn(years)}年下来也有好几千元，对农民来说不是小数目。` +
          `${I}不是要多拿国家一分钱，只想把该领的领到手。请农业农村部门查一查这笔钱到底发到哪里去了。`,
        respondent: `${town.name}${village}村民委员会`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'homestead', category: 'claim', classification: '国土资源/宅基地', orgKey: ORG.land,
    weight: 2,
    build({ rng, town, village }) {
      const group = groups(rng.int(1, 10));
      return {
        title: rng.pick([`${village}申请宅基地${duration(rng)}未获审批`, `${village}农户建房审批难`, `${town.name}宅基地审批问题`]),
        request: '请求依法审批我家的宅基地申请，或书面告知不予批准的理由。',
        body: `我家是${town.name}${village}${group}农户，一家${cn(rng.int(4, 7))}口人住在上世纪八十年代建的土坯房里，墙体开裂，已经被鉴定为C级危房。` +
          `${ym(rng, 2024)}我向村里提交了建房申请，选的是自家的旧宅基地原址，面积没有超标，组里也开会同意了。` +
          `材料交到镇里以后就一直没有消息，去问了${times(rng)}，一会儿说要等村庄规划，一会儿说缺少材料，可又说不清楚缺什么。` +
          `同组也有人批下来了。雨季快到了，老人孩子住在危房里很不安全，请领导过问一下。`,
        respondent: `青山县${town.name}人民政府`,
        address: `青山县${town.name}${village}${group}`,
      };
    },
  },
  {
    id: 'drinking-water', category: 'claim', classification: '城乡建设/供水', orgKey: ORG.water,
    weight: 2, joint: 0.1,
    build({ rng, town, village, joint, I }) {
      const households = rng.int(20, 160);
      return {
        title: rng.pick([`${village}自来水经常停水`, `${town.name}${village}饮水困难`, `${village}自来水浑浊发黄`]),
        request: `请求水务部门尽快解决${village}的供水问题，保障村民正常用水。`,
        body: `${town.name}${village}${joint ? `${households}户村民联名反映` : '村民反映'}：${ym(rng, 2024)}村里通了自来水，本来是件大好事，` +
          `可${rng.pick(['一到夏天用水高峰就停水，有时一停就是三四天', '水龙头里放出来的水又黄又浑，烧开后壶底一层沉淀', '水压太低，地势高一点的人家根本接不到水'])}。` +
          `${I}给水务公司打电话，对方说是${rng.pick(['管网老化', '水厂供水能力不够', '上游管道被施工挖断'])}，要等改造，可一直没有动静。` +
          `村里老人多，只好又去挑井水、山泉水，卫生没有保障，${rng.pick(['自来水费却一分没少收', '一些户干脆又把家里的老水井修了起来', '有的老人挑水还摔伤过'])}。请有关部门重视，派人来实地看看，尽早把管网和水源的问题解决好。`,
        respondent: '青山县水务集团有限公司',
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'rural-road', category: 'claim', classification: '交通运输/道路维修', orgKey: ORG.transport,
    weight: 3, joint: 0.08,
    build({ rng, town, village, I }) {
      const km = (rng.int(15, 90) / 10).toFixed(1);
      const other = rng.pick(['镇上', '县城', '邻村', '集镇']);
      return {
        title: rng.pick([`${village}通组公路破损严重`, `${town.name}${village}道路坑洼请求维修`, `${village}至${other}的公路亟待修复`]),
        request: `请求交通部门尽快维修${village}至${other}的村道，消除安全隐患。`,
        body: `${town.name}${village}通往${other}的村道全长约${km}公里，是村民出行、学生上学和运送${rng.pick(crops)}的必经之路。` +
          `这条路${rng.pick(['修了十几年', '前几年重车碾压'])}，现在路面大面积破损，坑洼连片，${rng.pick(['下雨天积水有半尺深', '有一段路基被水冲垮了一半'])}。` +
          `去年已经有${cn(rng.int(2, 6))}起摩托车摔倒的事故，校车也不愿意开进来了。${I}向村里、镇里反映过，说是已经报上去了，` +
          `但${duration(rng)}过去了还是没有动工。请求上级安排资金，早日修复。`,
        respondent: `青山县${town.name}人民政府`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
];
