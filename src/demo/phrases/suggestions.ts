/** Templates: proposals on buses, parks, parking, services, traffic near schools, elderly care. */
import { ORG } from '../county.ts';
import { busRoutes, parks, primarySchools, roads } from './places.ts';
import { cn, ym, type Template } from './common.ts';

const thanks = ['以上建议仅供参考，谢谢！', '希望领导能够采纳，谢谢！', '作为一名普通市民，提一点不成熟的建议，望采纳。'] as const;

export const suggestionTemplates: readonly Template[] = [
  {
    id: 'bus-route', category: 'suggestion', classification: '交通运输/公共交通', orgKey: ORG.transport,
    weight: 4, urban: true,
    build({ rng, town, road, community, village }) {
      const route = rng.pick(busRoutes);
      const minutes = rng.pick([20, 25, 30, 40]);
      return {
        title: rng.pick([`建议${route}公交延伸至${community}`, `关于优化${route}公交线路的建议`, `建议增开${community}至县人民医院公交`]),
        request: `建议调整${route}公交线路，延伸至${community}并缩短发车间隔。`,
        body: `${town.name}${road}一带这几年新建了${community}等几个小区，常住人口已有好几千人，可附近只有${route}公交经过，` +
          `站点离小区要走${cn(rng.int(10, 20))}分钟，发车间隔${minutes}分钟以上，晚上${rng.int(6, 7)}点以后就停运了。` +
          `小区里老人多，去县人民医院看病、去菜市场买菜都很不方便；${village}方向的学生上学也只能坐“黑摩的”，存在安全隐患。` +
          `建议将${route}延伸到${community}门口，高峰时段加密班次，末班车延长到晚上九点。${rng.pick(thanks)}`,
        respondent: '青山县公共交通有限公司',
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'park-facilities', category: 'suggestion', classification: '城乡建设/公园绿地', orgKey: ORG.urban,
    weight: 3, urban: true,
    build({ rng, town }) {
      const park = rng.pick(parks);
      const idea = rng.pick([
        ['增设公共厕所和休息座椅', '公园里只有一个厕所，还经常锁门，老人孩子很不方便'],
        ['修建儿童游乐设施和健身步道', '每天傍晚来散步的人很多，但没有一处适合孩子玩的地方'],
        ['规范广场舞音响音量和时间', '几支广场舞队伍音响开得很大，周边住户意见很大，也容易起冲突'],
        ['安装路灯和监控', '晚上湖边步道漆黑一片，散步的人担心安全'],
        ['增加无障碍通道', '坐轮椅的老人和推婴儿车的家长只能绕很远的路'],
      ] as const);
      return {
        title: rng.pick([`关于${park}${idea[0]}的建议`, `建议${park}${idea[0]}`, `市民建议${park}${idea[0]}`]),
        request: `建议在${park}${idea[0]}。`,
        body: `${park}是县城居民休闲锻炼的主要场所，我几乎每天都去。这几年公园绿化搞得不错，晨练、散步、带孩子玩的人越来越多，大家都很满意，但也有一些不足：${idea[1]}。` +
          `${rng.pick(['我了解到江州市区的几个公园都有做法可以借鉴', '这些问题解决起来投入不大，却能方便很多人', '周末人多的时候这个问题更突出'])}。` +
          `建议有关部门${idea[0]}，并在公园入口设置意见箱，定期听取市民意见。${rng.pick(thanks)}`,
        respondent: '青山县城市管理局',
        address: `青山县${town.name}${park}`,
      };
    },
  },
  {
    id: 'school-traffic', category: 'suggestion', classification: '公安/交通安全', orgKey: ORG.police,
    weight: 2, urban: true,
    build({ rng, town, road }) {
      const school = rng.pick(primarySchools);
      return {
        title: rng.pick([`${school}门口上下学交通拥堵`, `建议在${road}${school}路段设置人行信号灯`, `${school}周边交通安全的建议`]),
        request: `建议在${school}门口设置人行横道信号灯和减速带，上下学时段安排警力疏导。`,
        body: `我是${school}的一名学生家长。学校大门正对${road}，每天早上七点半和下午四点半前后，接送孩子的电动车、小汽车把路口堵得水泄不通，` +
          `${rng.pick(['大货车也从这里经过', '路边还有不少流动摊贩', '斑马线的标线已经磨得看不清了'])}，孩子们只能在车流里穿行，家长都提心吊胆。` +
          `${ym(rng, 2024)}还发生过一起学生被电动车撞伤的事。建议交警部门在学校门口设置人行信号灯和减速带，上下学高峰时段安排警力或志愿者疏导，` +
          `学校也可以错峰放学。${rng.pick(thanks)}`,
        respondent: '青山县公安局交通管理大队',
        address: `青山县${town.name}${road}${school}`,
      };
    },
  },
  {
    id: 'parking', category: 'suggestion', classification: '城乡建设/市政设施', orgKey: ORG.urban,
    weight: 2, urban: true,
    build({ rng, town, road, community }) {
      const other = rng.pick(roads);
      return {
        title: rng.pick([`${road}乱停车问题的建议`, `建议在${community}周边规划停车场`, `关于${road}与${other}交叉口改造的建议`]),
        request: `建议在${road}${community}周边规划建设公共停车位，并加强违停管理。`,
        body: `${town.name}${road}是老城区的主干道，沿街商铺多，${community}等老小区没有地下车库，车辆只能停在路边，` +
          `早晚高峰从${road}到${other}路口常常要堵上二十分钟，${rng.pick(['司机为抢车位经常吵架', '有时车辆双排停放，只剩一条车道通行'])}，${rng.pick(['消防车、救护车都开不进来', '公交车经常被堵在半路', '人行道被车占满，行人只能走机动车道'])}。` +
          `建议利用附近的闲置地块建一个公共停车场，实行错时共享停车，同时在${road}设置限时停车位和违停抓拍。` +
          `${rng.pick(thanks)}`,
        respondent: '青山县城市管理局',
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'service-hall', category: 'suggestion', classification: '综合/政务服务', orgKey: ORG.county,
    weight: 2,
    build({ rng }) {
      const task = rng.pick(['不动产登记', '社保卡补办', '营业执照变更', '个体户注册', '医保异地备案', '公积金提取']);
      return {
        title: rng.pick([`关于优化${task}办事流程的建议`, `建议${task}实现“一次办好”`, `县政务服务中心${task}窗口服务改进建议`]),
        request: `建议简化${task}办理材料，推行网上办理和周末延时服务。`,
        body: `前段时间我到县政务服务中心办理${task}，排队取号就等了一个多小时，到窗口后又被告知要先去另一个窗口开证明，` +
          `来回跑了${cn(rng.int(2, 4))}趟才办好。很多上班族只能请假来办事，${rng.pick(['农村的老人更是不会用手机预约', '窗口工作人员态度还可以，但流程实在太繁琐'])}。` +
          `建议：一是公布${task}的材料清单，一次性告知；二是能网上办的尽量网上办，能共享的证明不要让群众再开；` +
          `三是周六上午安排值班窗口。${rng.pick(thanks)}`,
        respondent: '青山县政务服务中心',
        address: '青山县政务服务中心',
        countyWide: true,
      };
    },
  },
  {
    id: 'elderly-canteen', category: 'suggestion', classification: '民政/养老服务', orgKey: ORG.civil,
    weight: 2,
    build({ rng, town, village }) {
      const old = rng.int(8, 32) * 10;
      return {
        title: rng.pick([`建议在${village}开办老年食堂`, `关于${town.name}${village}居家养老服务的建议`, `${village}留守老人助餐问题`]),
        request: `建议在${village}设立老年食堂或助餐点，为高龄和独居老人提供助餐服务。`,
        body: `${town.name}${village}六十岁以上的老人有${old}多人，其中八十岁以上的有${Math.round(old / 60) * 10}多人，年轻人大多在外打工，不少老人独居，${rng.pick(['一日三餐常常对付着吃', '腿脚不便，买菜做饭都困难'])}。` +
          `听说县里有的村已经开了老年食堂，每餐几块钱，老人吃得好又有个说话的地方。村里的老村部一直空着，稍加改造就能用。` +
          `建议民政部门把${village}纳入助餐点建设计划，财政补一点、村集体出一点、爱心人士捐一点，把这件好事办起来。${rng.pick(thanks)}`,
        respondent: '青山县民政局',
        address: `青山县${town.name}${village}`,
      };
    },
  },
];
