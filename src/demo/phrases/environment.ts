/** Templates: factory noise and fumes, sewage, construction dust and night work, restaurant smoke, farms. */
import { ORG } from '../county.ts';
import { constructionCompany, polluter, project } from './companies.ts';
import { duration, someone, times, ym, type Template } from './common.ts';

export const environmentTemplates: readonly Template[] = [
  {
    id: 'factory-pollution', category: 'claim', classification: '环境保护/工业污染', orgKey: ORG.environment,
    weight: 5, joint: 0.1,
    build({ rng, town, village, joint, I }) {
      const f = polluter(rng);
      const metres = rng.int(3, 30) * 10;
      return {
        title: rng.pick([`${village}${f.short}污染严重`, `${f.short}${f.emits}扰民`, `投诉${town.name}${f.short}违规生产`]),
        request: `请求环保部门查处${f.full}的违法排污行为，责令整改，还村民一个安静干净的环境。`,
        body: `${I}是${town.name}${village}的村民${joint ? `，联名的共有${rng.int(10, 80)}户` : ''}。村子边上的${f.full}距离民房只有${metres}米左右，` +
          `${ym(rng, 2024)}投产以来，${rng.pick(['白天晚上都在生产', '专挑晚上十点以后开工', '一到阴雨天就偷偷生产'])}，${f.emits}很严重，` +
          `${rng.pick(['家里窗户都不敢开', '晾的衣服一收回来全是灰', '村里好几位老人咳嗽胸闷', '孩子晚上睡不好觉'])}。` +
          `${I}打过环保热线，执法人员来检查时工厂就停产，人一走又照常生产。听说这个厂的环评手续也不齐全。` +
          `请求环保部门突击检查，依法处理，不能让企业赚钱、老百姓受罪。`,
        respondent: f.full,
        address: `青山县${town.name}${village}`,
      };
    },
  },
  {
    id: 'sewage', category: 'claim', classification: '环境保护/水污染', orgKey: ORG.environment,
    weight: 3, joint: 0.08,
    build({ rng, town, village, I }) {
      const f = polluter(rng);
      const river = rng.pick(['青溪河', '白沙河', '龙泉港', '桃花溪', '村前的小河', '灌溉渠']);
      return {
        title: rng.pick([`${f.short}向${river}偷排污水`, `${village}${river}水质变黑发臭`, `${village}${river}死鱼问题`]),
        request: `请求对${f.full}的排污口进行检测，依法查处偷排行为并治理${river}。`,
        body: `${town.name}${village}的${river}以前水很清，村民用来灌溉、洗衣服。从${ym(rng, 2024)}开始，上游的${f.full}通过一根暗管往河里排污水，` +
          `河水${rng.pick(['变黑发臭', '泛着白沫', '变成了红褐色'])}，下游${rng.pick(['死了很多鱼', '稻田的秧苗发黄枯死', '养鸭户的鸭子死了一批'])}。` +
          `${I}拍了照片和视频，排污口就在厂区围墙外的草丛里，晚上排得最多。向镇里反映了${times(rng)}，一直没有结果。` +
          `这条河下游还有几个村庄，再拖下去后果很严重，请环保部门尽快采样检测。`,
        respondent: f.full,
        address: `青山县${town.name}${village}${river}`,
      };
    },
  },
  {
    id: 'construction-dust-noise', category: 'claim', classification: '环境保护/噪声扬尘', orgKey: ORG.urban,
    weight: 4, urban: true, joint: 0.05,
    build({ rng, town, road, community, I }) {
      const co = constructionCompany(rng);
      const site = project(rng, community, town.name);
      const late = rng.pick(['晚上十一点', '凌晨一两点', '半夜十二点以后']);
      return {
        title: rng.pick([`${site}夜间施工扰民`, `${road}工地扬尘噪音严重`, `投诉${co.short}工地违规夜间施工`]),
        request: `请求责令${site}停止夜间违规施工，落实扬尘防治措施。`,
        body: `${I}住在${town.name}${road}${community}小区，对面就是${co.full}承建的${site}。最近${duration(rng)}，工地经常施工到${late}，` +
          `${rng.pick(['打桩机、搅拌车轰隆隆响个不停', '渣土车进进出出，喇叭声不断', '夜里浇筑混凝土，灯光照得屋里通亮'])}，` +
          `白天土方裸露没有覆盖，${rng.pick(['车辆带泥上路，一起风满街都是灰', '洒水车很少见到，路面灰尘厚厚一层'])}。` +
          `小区里有${rng.pick(['高三的学生', '刚出生的婴儿', '心脏不好的老人'])}，长期休息不好。${I}打了${times(rng)}12345，` +
          `工地每次都说有夜间施工许可，可我们从来没有看到过公示。请相关部门核查并依法处理。`,
        respondent: co.full,
        address: `青山县${town.name}${road}`,
      };
    },
  },
  {
    id: 'restaurant-fumes', category: 'claim', classification: '环境保护/餐饮油烟', orgKey: ORG.urban,
    weight: 2, urban: true,
    build({ rng, town, road, community }) {
      const shop = `${someone(rng).slice(0, 1)}记${rng.pick(['烧烤', '大排档', '火锅', '小炒', '卤菜'])}`;
      return {
        title: rng.pick([`${road}${shop}油烟噪音扰民`, `${community}楼下餐馆油烟直排`, `投诉${shop}占道经营`]),
        request: '请求督促该店安装油烟净化设施、规范经营时间，不再占道经营。',
        body: `我家住在${town.name}${road}${community}小区${rng.int(2, 6)}楼，楼下的“${shop}”${ym(rng, 2024)}开业，` +
          `排烟管道直接对着住宅楼，每天从下午到凌晨油烟不断，家里窗户不敢开，衣服晾不出去。${rng.pick(['晚上还在人行道上摆桌子', '夜里食客喝酒划拳到两三点'])}，` +
          `噪音吵得全楼的人睡不着。我们找老板协商过，他说证照齐全，谁也管不了。打过${times(rng)}热线，城管来过之后好了几天又恢复原样。` +
          `住宅楼下本来就不应该开这种餐馆，请有关部门依法处理。`,
        respondent: `${road}“${shop}”餐馆`,
        address: `青山县${town.name}${road}${community}小区`,
      };
    },
  },
  {
    id: 'livestock-farm', category: 'claim', classification: '环境保护/畜禽养殖污染', orgKey: ORG.environment,
    weight: 2, joint: 0.1,
    build({ rng, town, village, joint, I }) {
      const [animal, unit, most] = rng.pick([['养猪场', '头', 40], ['养鸡场', '只', 200], ['养牛场', '头', 3], ['养鸭场', '只', 100]] as const);
      const head = rng.int(1, most) * 100;
      const owner = someone(rng);
      return {
        title: rng.pick([`${village}${animal}臭气熏天`, `${town.name}${village}${animal}粪污直排`, `${animal}污染影响${village}村民生活`]),
        request: `请求对${village}${owner}的${animal}依法核查，落实粪污处理，不达标的依法关停。`,
        body: `${I}是${town.name}${village}的村民${joint ? '，以下是联名反映的情况' : ''}。村民${owner}在村后山脚下办了一个${animal}，存栏约${head}${unit}，` +
          `离最近的住户不到${rng.int(5, 20) * 10}米。养殖场没有像样的粪污处理设施，粪水直接排进山沟，流到下面的水塘和稻田里，` +
          `夏天臭气熏天，苍蝇蚊子成群，村民晚上都睡不好。${I}跟他当面说过，也向村里反映过，${rng.pick(['他说是招商引资来的，有人撑腰', '村干部说会去协调，但一直没有下文'])}。` +
          `请有关部门来现场看看，依法处理。`,
        respondent: `${town.name}${village}${owner}${animal}`,
        address: `青山县${town.name}${village}`,
      };
    },
  },
];
