/**
 * Prefecture-level divisions (地级行政区) by province, as court names begin with them when they leave
 * the province out (杭州市西湖区人民法院, 延边朝鲜族自治州中级人民法院, 大兴安岭地区中级人民法院): the
 * administrative divisions of the PRC as of 2020, with a few names courts used before a change
 * (襄樊 → 襄阳 2010, 思茅 → 普洱 2007, 巢湖 dissolved 2011, 莱芜 merged into 济南 2019, 淮阴 → 淮安
 * 2001), and the province-administered cities that have their own intermediate courts (济源, 仙桃,
 * 石河子). 海南藏族自治州 is left out: its short name is the province 海南's.
 */
const CITIES_BY_PROVINCE: Readonly<Record<string, string>> = {
  河北省: "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
  山西省: "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
  内蒙古自治区: "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善",
  辽宁省: "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
  吉林省: "长春 吉林 四平 辽源 通化 白山 松原 白城 延边",
  黑龙江省: "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭",
  江苏省: "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 淮阴 盐城 扬州 镇江 泰州 宿迁",
  浙江省: "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
  安徽省: "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 巢湖",
  福建省: "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德",
  江西省: "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
  山东省: "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 莱芜",
  河南省: "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
  湖北省: "武汉 黄石 十堰 宜昌 襄阳 襄樊 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门",
  湖南省: "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西",
  广东省:
    "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
  广西壮族自治区: "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
  海南省: "海口 三亚 三沙 儋州",
  四川省:
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山",
  贵州省: "贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南",
  云南省: "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 思茅 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆",
  西藏自治区: "拉萨 日喀则 昌都 林芝 山南 那曲 阿里",
  陕西省: "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
  甘肃省: "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南",
  青海省: "西宁 海东 海北 黄南 果洛 玉树 海西",
  宁夏回族自治区: "银川 石嘴山 吴忠 固原 中卫",
  新疆维吾尔自治区:
    "乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子",
};

/** Short name → province, longest names first so that 黔西南 is tried before 黔南. */
const CITIES: readonly [string, string][] = Object.entries(CITIES_BY_PROVINCE)
  .flatMap(([province, names]) => names.split(" ").map((city): [string, string] => [city, province]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The province of a name that begins with a prefecture-level division followed by its kind: 市,
 * 地区, 盟, 州 or an autonomous prefecture's 朝鲜族自治州 (朝阳市 is 辽宁's; 朝阳区 is no prefecture) —
 * or by a zone or specialised court named after the city (苏州工业园区, 大连经济技术开发区, 成都铁路运输法院).
 */
export function provinceOfCity(name: string): string | undefined {
  for (const [city, province] of CITIES) {
    if (!name.startsWith(city)) continue;
    const rest = name.slice(city.length);
    if (
      /^(?:市|地区|盟|州|[\u4e00-\u9fa5]{1,12}?自治州|工业园区|经济|高新|铁路运输|海事|知识产权)/.test(rest)
    )
      return province;
  }
  return undefined;
}
