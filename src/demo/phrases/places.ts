/**
 * Fictional places in 青山县: villages by township, residential compounds, roads, schools, hospitals.
 */
export const villagesByTownship: Readonly<Record<string, readonly string[]>> = {
  'qsx.cgz': ['东门社区', '西街社区', '城南社区', '滨江社区', '新桥村', '黄泥村', '塘口村'],
  'qsx.qsz': ['青石村', '红星村', '上坪村', '下湾村', '石桥村', '枫树村', '高岭村', '新塘村'],
  'qsx.bsz': ['白沙村', '沙洲村', '河口村', '柏林村', '大屋村', '水口村', '太平村'],
  'qsx.lqz': ['龙泉村', '泉水村', '金竹村', '龙湾村', '双溪村', '杨家村', '坳头村', '联合村'],
  'qsx.tyz': ['桃源村', '花园村', '竹山村', '富民村', '刘家村', '东岭村', '长塘村'],
  'qsx.lxx': ['柳溪村', '柳树村', '溪口村', '丰收村', '茶园村', '洞口村'],
  'qsx.smx': ['石门村', '石坳村', '岩前村', '大坪村', '东坑村', '梅花村'],
  'qsx.ylx': ['云岭村', '云峰村', '高山村', '樟树村', '林场村', '岭背村'],
};

/** Residential compounds, mostly in the county seat and the two larger towns. */
export const communities: readonly string[] = [
  '锦绣华庭', '翡翠湾', '江南名苑', '阳光花园', '书香门第', '金色家园', '滨江一号', '龙湖春晓',
  '青山府', '御景华府', '新城花园', '凤凰城', '世纪名都', '紫荆苑', '香樟苑', '和谐家园',
  '东城安置小区', '幸福里', '学府佳苑', '水岸名居', '山水华府', '时代广场', '丽景湾', '桂花园',
  '盛世豪庭', '嘉和苑', '绿洲花园', '北门安置小区', '景秀江山', '翰林府',
];

export const roads: readonly string[] = [
  '人民路', '解放路', '滨江大道', '青山大道', '建设路', '文化路', '新华路', '迎宾大道', '工业大道',
  '府前路', '中山路', '朝阳路', '桂花路', '东环路', '西环路', '学府路', '城南大道', '站前路',
  '育才路', '沿河路', '五一路', '胜利路', '长青路', '南门街',
];

export const primarySchools: readonly string[] = [
  '青山县实验小学', '青山县第二小学', '青山县城南小学', '青山县滨江小学', '城关镇中心小学',
  '青石镇中心小学', '白沙镇中心小学', '龙泉镇中心小学', '青山县育才小学',
];

export const middleSchools: readonly string[] = [
  '青山县第一中学', '青山县第二中学', '青山县实验中学', '青山县城南中学', '青石中学', '白沙中学',
];

export const hospitals: readonly string[] = [
  '青山县人民医院', '青山县中医院', '青山县妇幼保健院', '江州市第一人民医院', '江州市中心医院',
  '城关镇卫生院', '青石镇卫生院', '龙泉镇中心卫生院',
];

/** Townships weighted towards the county seat, for urban matters (compounds, roads, buses). */
export const urbanTownships: readonly (readonly [string, number])[] = [
  ['qsx.cgz', 70], ['qsx.qsz', 15], ['qsx.lqz', 15],
];

export const parks: readonly string[] = [
  '滨江公园', '青山公园', '人民广场', '城南湿地公园', '文化公园', '东湖公园',
];

export const busRoutes: readonly string[] = ['1路', '2路', '3路', '5路', '6路', '8路', '9路', '11路', '12路', 'K1路'];

export const illnesses: readonly string[] = [
  '肺癌', '尿毒症', '急性心肌梗死', '脑出血', '乳腺癌', '股骨骨折', '慢性肾衰竭', '白血病', '重症肺炎', '糖尿病并发症',
];

export const crops: readonly string[] = ['水稻', '油菜', '柑橘', '茶叶', '蔬菜', '脐橙', '毛竹', '苗木'];
