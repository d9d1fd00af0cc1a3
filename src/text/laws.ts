/**
 * National laws (中华人民共和国X) by their short name: judgments often cite them without the
 * "中华人民共和国" prefix (《刑法》, 刑法第六十七条), and 《中华人民共和国X》 and X are one law. Both the
 * statute parser (src/judgment/statutes.ts) and segmentation's statute tokens (segment.ts) read a law
 * written without brackets before its articles by this list, and a typed article (第三十七条) is
 * searched as each one's key (src/search/queries/keyword.ts bareArticle).
 *
 * A law missing here is keyed only where its title is bracketed (《农村土地承包法》第三十七条 →
 * 农村土地承包法#37): written without brackets (依据农村土地承包法第三十四条) it yields no key, a typed
 * article does not reach its keys, and a law whose name ends in a listed one's is read as that one
 * (技术合同法第十条 as 合同法#10, 社会保险法 as 保险法). Listed: the national laws cited with an article
 * in at least three authoritative write-ups or LeCaRD judgments, and the laws whose name ends in a
 * listed one's (高等教育法, 行政监察法, 海洋环境保护法).
 */
export const NATIONAL_LAWS: readonly string[] = [
  "刑法",
  "刑事诉讼法",
  "民法典",
  "民法通则",
  "民法总则",
  "民事诉讼法",
  "行政诉讼法",
  "合同法",
  "物权法",
  "侵权责任法",
  "担保法",
  "婚姻法",
  "继承法",
  "公司法",
  "劳动法",
  "劳动合同法",
  "道路交通安全法",
  "治安管理处罚法",
  "行政处罚法",
  "行政许可法",
  "国家赔偿法",
  "禁毒法",
  "未成年人保护法",
  "消费者权益保护法",
  "产品质量法",
  "食品安全法",
  "药品管理法",
  "环境保护法",
  "森林法",
  "土地管理法",
  "城乡规划法",
  "商标法",
  "专利法",
  "著作权法",
  "反不正当竞争法",
  "票据法",
  "保险法",
  "证券法",
  "商业银行法",
  "企业破产法",
  "律师法",
  "枪支管理法",
  "野生动物保护法",
  "税收征收管理法",
  "海关法",
  "监察法",
  "反家庭暴力法",
  "个人信息保护法",
  "网络安全法",
  "电子商务法",
  "行政监察法",
  "宪法",
  "立法法",
  "人民法院组织法",
  "人民检察院组织法",
  "地方各级人民代表大会和地方各级人民政府组织法",
  "村民委员会组织法",
  "人民陪审员法",
  "社区矫正法",
  "预防未成年人犯罪法",
  "妇女权益保障法",
  "行政复议法",
  "行政强制法",
  "仲裁法",
  "劳动争议调解仲裁法",
  "社会保险法",
  "涉外民事关系法律适用法",
  "经济合同法",
  "涉外经济合同法",
  "技术合同法",
  "海商法",
  "拍卖法",
  "广告法",
  "反垄断法",
  "招标投标法",
  "建筑法",
  "城市房地产管理法",
  "农村土地承包法",
  "企业国有资产法",
  "安全生产法",
  "铁路法",
  "公路法",
  "海上交通安全法",
  "烟草专卖法",
  "种子法",
  "矿产资源法",
  "文物保护法",
  "教育法",
  "高等教育法",
  "义务教育法",
  "水污染防治法",
  "大气污染防治法",
  "固体废物污染环境防治法",
  "海洋环境保护法",
  "长江保护法",
];

const PRC = "中华人民共和国";
const NATIONAL_SET = new Set(NATIONAL_LAWS);
/** {@link NATIONAL_LAWS} longest first: of two ending a name alike (社会保险法, 保险法), the longer. */
export const NATIONAL_LAWS_LONGEST_FIRST: readonly string[] = [...NATIONAL_LAWS].sort(
  (a, b) => b.length - a.length,
);

/**
 * Abbreviations that name one national law only, as judgments and write-ups cite it (《刑诉法》第十五条,
 * 《道交法》第一百一十九条). Not their interpretations: 《刑诉法解释》 is a title of its own and stays one.
 */
export const LAW_ABBREVIATIONS: Readonly<Record<string, string>> = {
  刑诉法: "刑事诉讼法",
  民诉法: "民事诉讼法",
  行诉法: "行政诉讼法",
  道交法: "道路交通安全法",
};

/**
 * The national law a title names, by its short name (刑法), or undefined when it names none listed.
 * Read as written (刑法, 中华人民共和国刑法), abbreviated (刑诉法, 中华人民共和国刑诉法), or with one slip in the prefix:
 * a character mistyped, left out, added or two swapped (中国人民共和国刑法, 中华人民共和刑法,
 * 中华人民共和围刑法), or its start or end alone (人民共和国刑法, 中华人民刑事诉讼法). A prefix farther
 * off names another state (中华民国, 大韩民国) and is kept.
 */
export function nationalLawName(title: string): string | undefined {
  const bare = title.startsWith(PRC) ? title.slice(PRC.length) : title;
  const name = LAW_ABBREVIATIONS[bare] ?? bare;
  if (NATIONAL_SET.has(name)) return name;
  if (title.startsWith(PRC)) return undefined; // 中华人民共和国 and a law not listed
  const law = NATIONAL_LAWS_LONGEST_FIRST.find((l) => title.endsWith(l));
  if (law === undefined) return undefined;
  const prefix = title.slice(0, -law.length);
  const part = prefix.length >= 3 && (PRC.startsWith(prefix) || PRC.endsWith(prefix));
  return part || oneSlipFrom(prefix, PRC) ? law : undefined;
}

/** Whether `a` is `b` with one character changed, left out, added, or two neighbours swapped. */
function oneSlipFrom(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}
