/**
 * Common Chinese surnames and given names with a pinyin-like ASCII spelling (for usernames).
 * Weights of surnames follow their rough frequency in the population.
 */
export type Gender = 'm' | 'f';

/** [surname, pinyin, weight] */
export const surnames: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 7.1], ['李', 'li', 7.0], ['张', 'zhang', 6.7], ['刘', 'liu', 5.4], ['陈', 'chen', 4.5],
  ['杨', 'yang', 3.1], ['黄', 'huang', 2.1], ['赵', 'zhao', 2.0], ['吴', 'wu', 2.0], ['周', 'zhou', 1.9],
  ['徐', 'xu', 1.5], ['孙', 'sun', 1.5], ['马', 'ma', 1.4], ['朱', 'zhu', 1.3], ['胡', 'hu', 1.3],
  ['郭', 'guo', 1.1], ['何', 'he', 1.1], ['林', 'lin', 1.0], ['罗', 'luo', 1.0], ['高', 'gao', 1.0],
  ['郑', 'zheng', 0.9], ['梁', 'liang', 0.9], ['谢', 'xie', 0.8], ['宋', 'song', 0.8], ['唐', 'tang', 0.8],
  ['许', 'xu', 0.7], ['韩', 'han', 0.7], ['冯', 'feng', 0.7], ['邓', 'deng', 0.7], ['曹', 'cao', 0.7],
  ['彭', 'peng', 0.6], ['曾', 'zeng', 0.6], ['肖', 'xiao', 0.6], ['田', 'tian', 0.6], ['董', 'dong', 0.5],
  ['潘', 'pan', 0.5], ['袁', 'yuan', 0.5], ['蔡', 'cai', 0.5], ['蒋', 'jiang', 0.5], ['余', 'yu', 0.5],
  ['于', 'yu', 0.5], ['杜', 'du', 0.5], ['叶', 'ye', 0.5], ['程', 'cheng', 0.5], ['魏', 'wei', 0.4],
  ['苏', 'su', 0.4], ['吕', 'lv', 0.4], ['丁', 'ding', 0.4], ['任', 'ren', 0.4], ['卢', 'lu', 0.4],
  ['姚', 'yao', 0.4], ['沈', 'shen', 0.4], ['钟', 'zhong', 0.4], ['姜', 'jiang', 0.4], ['崔', 'cui', 0.3],
  ['谭', 'tan', 0.3], ['陆', 'lu', 0.3], ['范', 'fan', 0.3], ['汪', 'wang', 0.3], ['廖', 'liao', 0.3],
  ['石', 'shi', 0.3], ['金', 'jin', 0.3], ['贾', 'jia', 0.3], ['夏', 'xia', 0.3], ['付', 'fu', 0.3],
  ['方', 'fang', 0.3], ['邹', 'zou', 0.3], ['熊', 'xiong', 0.3], ['白', 'bai', 0.3], ['孟', 'meng', 0.3],
  ['秦', 'qin', 0.2], ['邱', 'qiu', 0.2], ['侯', 'hou', 0.2], ['江', 'jiang', 0.2], ['尹', 'yin', 0.2],
  ['薛', 'xue', 0.2], ['段', 'duan', 0.2], ['雷', 'lei', 0.2], ['龙', 'long', 0.2], ['黎', 'li', 0.2],
  ['史', 'shi', 0.2], ['陶', 'tao', 0.2], ['贺', 'he', 0.2], ['毛', 'mao', 0.2], ['郝', 'hao', 0.2],
  ['顾', 'gu', 0.2], ['龚', 'gong', 0.2], ['邵', 'shao', 0.2], ['万', 'wan', 0.2], ['钱', 'qian', 0.2],
  ['戴', 'dai', 0.2], ['严', 'yan', 0.2], ['欧阳', 'ouyang', 0.05], ['上官', 'shangguan', 0.02],
];

/** [given name, pinyin] */
export const maleGiven: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'],
  ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'],
  ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'], ['旭', 'xu'], ['龙', 'long'], ['洋', 'yang'], ['亮', 'liang'],
  ['建国', 'jianguo'], ['国强', 'guoqiang'], ['志强', 'zhiqiang'], ['建华', 'jianhua'], ['德明', 'deming'],
  ['文斌', 'wenbin'], ['海涛', 'haitao'], ['春生', 'chunsheng'], ['红兵', 'hongbing'], ['卫东', 'weidong'],
  ['金山', 'jinshan'], ['长青', 'changqing'], ['玉林', 'yulin'], ['宏伟', 'hongwei'], ['子轩', 'zixuan'],
  ['浩然', 'haoran'], ['俊杰', 'junjie'], ['建军', 'jianjun'], ['振华', 'zhenhua'], ['志刚', 'zhigang'],
  ['立新', 'lixin'], ['小龙', 'xiaolong'], ['家豪', 'jiahao'], ['国平', 'guoping'], ['有福', 'youfu'],
  ['永生', 'yongsheng'], ['水根', 'shuigen'], ['福生', 'fusheng'], ['明辉', 'minghui'], ['文杰', 'wenjie'],
  ['晓东', 'xiaodong'], ['建平', 'jianping'], ['德华', 'dehua'], ['新民', 'xinmin'], ['天佑', 'tianyou'],
];

/** [given name, pinyin] */
export const femaleGiven: readonly (readonly [string, string])[] = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'],
  ['霞', 'xia'], ['燕', 'yan'], ['玲', 'ling'], ['萍', 'ping'], ['红', 'hong'], ['梅', 'mei'], ['琴', 'qin'],
  ['慧', 'hui'], ['婷', 'ting'], ['雪', 'xue'], ['倩', 'qian'], ['颖', 'ying'], ['洁', 'jie'], ['莉', 'li'],
  ['秀英', 'xiuying'], ['桂英', 'guiying'], ['秀兰', 'xiulan'], ['玉兰', 'yulan'], ['淑珍', 'shuzhen'],
  ['丽华', 'lihua'], ['海燕', 'haiyan'], ['晓梅', 'xiaomei'], ['春花', 'chunhua'], ['冬梅', 'dongmei'],
  ['美玲', 'meiling'], ['欣怡', 'xinyi'], ['雨涵', 'yuhan'], ['佳琪', 'jiaqi'], ['思雨', 'siyu'],
  ['丽娟', 'lijuan'], ['金凤', 'jinfeng'], ['小红', 'xiaohong'], ['凤英', 'fengying'], ['翠兰', 'cuilan'],
  ['桂芳', 'guifang'], ['美华', 'meihua'], ['晓燕', 'xiaoyan'], ['雅婷', 'yating'], ['梦瑶', 'mengyao'],
  ['素芬', 'sufen'], ['月娥', 'yuee'], ['爱华', 'aihua'], ['巧云', 'qiaoyun'], ['玉梅', 'yumei'],
  ['亚楠', 'yanan'], ['文静', 'wenjing'], ['春燕', 'chunyan'], ['秋菊', 'qiuju'], ['红梅', 'hongmei'],
];
