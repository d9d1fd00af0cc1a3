/**
 * Key fact terms a pending case shares with a result: the "key shared fact terms" of the
 * explanation. Each pending fact term is a named query over the result's segmented facts, and the
 * engine reports each term's BM25 contribution to that result (TF-IDF with the index's own document
 * frequencies and the result's length); the strongest are shown. Computing this in the engine
 * spares the service from fetching and splitting the results' whole fact sections — on the
 * 100k-document benchmark that was ~8 ms of service CPU per /similar request.
 */
import type { estypes } from "@elastic/elasticsearch";
import { canonicalCharge } from "../judgment/charges.ts";
import { wordTags } from "../text/segment.ts";

/** Tokens that are never key facts: numbers, dates, amounts and units on their own, 时许 of 20时许. */
const NOT_A_KEY_TERM =
  /^(?:[\d.,%:-]+|[年月日时分秒元号条款项次个名人克]|毫克|毫升|千克|公斤|万元|余元|许|时许|分许)$/;

/**
 * A count with its measure word (一部, 一台, 两包, 三张: 一部手机, 三张银行卡), or a unit jieba glued to the
 * conjunction after it (元及: 8000元及金项链): no fact of its own — the thing counted is the term (一部
 * had been a 共同事实要素 of 44 of 1,906 result cards, review h6-review). 多次 is no count: it is a
 * circumstance of the Criminal Law (刑法 §264 多次盗窃).
 */
const COUNT_OR_UNIT =
  /^(?:[一二两三四五六七八九十百千万几]+[个条台部包张辆把件次起名人户只块瓶袋支间套处笔份位枚粒颗根双对家]|(?:余?元|万元|克|千克|公斤)[及和与或至])$/;

/**
 * The words a sentence is passed in (有期徒刑, 判处, 缓刑), and a charge's name (盗窃罪, 故意伤害罪):
 * in facts they tell a defendant's earlier conviction (曾因盗窃罪被判处有期徒刑…), not what was done.
 * The judge's charge is shared as a charge (why.sharedCharges), and another charge shown as a shared
 * "fact" reads as the case's crime (故意伤害罪 among a 寻衅滋事 case's 共同事实要素).
 */
const SENTENCING_TERMS = new Set(["有期徒刑", "无期徒刑", "死刑", "拘役", "管制", "罚金", "判处", "缓刑"]);

function sentencingOrCharge(term: string): boolean {
  return SENTENCING_TERMS.has(term) || (term.endsWith("罪") && canonicalCharge(term) !== undefined);
}

/**
 * Words every suit or prosecution is told in, not facts of one: the parties' roles (原告, 被告, 被上诉人…),
 * the telling (诉称, 辩称, 请求, 诉至法院; 不服…，提起行政诉讼; 经审理查明) and bare negations (不是, 没有). Rare in
 * the criminal majority of the index, they had scored as a civil case's strongest shared "facts"
 * (review17-civil: 原告、被告 in most civil results' 共同事实要素; review h6: 行政诉讼, 不服 and 提起 in most
 * administrative results', 行政诉讼 the commonest of all).
 */
const PROCEDURAL_TERMS = new Set([
  ...["原告", "被告", "被告人", "上诉人", "被上诉人", "第三人", "申请人", "被申请人", "再审申请人"],
  ...["原审", "一审", "二审", "公诉机关", "当事人", "诉称", "辩称", "答辩", "起诉", "诉至", "诉讼"],
  ...["行政诉讼", "民事诉讼", "诉讼请求", "提起", "不服", "上诉"],
  ...["请求", "判令", "法院", "本院", "人民法院", "不是", "没有", "查明"],
]);

/** jieba's tags of places' and organisations' names (长沙市, 朝阳区, …开发区, 公安局). */
const PLACE_TAGS = new Set(["ns", "nt"]);
/**
 * jieba's tags of people's names (陈禾海). Its dictionary gives them to many common nouns too: of 3,000
 * LeCaRD fact sections, 银行卡 in 605, 支付宝 in 165, 望风, 勒索, 巴掌, 休克, 宝马 in tens — the core
 * facts of a card-lending, extortion or assault case, never shown as shared (review h6-review).
 */
const PERSON_TAGS = new Set(["nr", "nrfg", "nrt"]);
/** The ending of a division's name (越秀区, 鹿邑县, 某某镇). */
const PLACE_ENDING = /^\p{Script=Han}{1,6}[省市县区镇乡村旗州]$/u;
/** The commonest surnames: a word in no dictionary (jieba's x) of two or three characters starting with one is a name. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤梅";

/**
 * A place or a person: a name shared by two judgments is no fact of either case (长沙市, 天心区; 李立梅,
 * or 梅于, a piece of one), nor is a masked name (张某). A word jieba tags as a person's is one only when
 * it begins with a surname: 银行卡 and 望风 are facts.
 */
function placeOrName(term: string): boolean {
  if (term.includes("某")) return true;
  const tags = wordTags(term);
  if (tags.some(({ tag }) => PLACE_TAGS.has(tag))) return true;
  // A place jieba tags as a person's (越秀区, 鹿邑县) by its ending.
  if (
    tags.some(
      ({ word, tag }) =>
        PERSON_TAGS.has(tag) && (SURNAMES.includes(word.charAt(0)) || PLACE_ENDING.test(word)),
    )
  )
    return true;
  const [only] = tags;
  return (
    tags.length === 1 &&
    only?.tag === "x" &&
    /^\p{Script=Han}{2,3}$/u.test(term) &&
    SURNAMES.includes(term.charAt(0))
  );
}

/**
 * The terms that can be key facts: numbers, dates, amounts and units on their own are not, nor is a
 * single character (湘, 赵: pieces of names jieba did not know, shown to a judge as shared "facts"),
 * a count with its measure word ({@link COUNT_OR_UNIT}), a word of the telling
 * ({@link PROCEDURAL_TERMS}), a charge or a word of sentencing ({@link SENTENCING_TERMS}), a place or
 * a person's name.
 */
export function explainableTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  return terms.filter(
    ({ term }) =>
      [...term].length > 1 &&
      !NOT_A_KEY_TERM.test(term) &&
      !COUNT_OR_UNIT.test(term) &&
      !PROCEDURAL_TERMS.has(term) &&
      !sentencingOrCharge(term) &&
      !placeOrName(term),
  );
}

/**
 * Named term queries (pure): one per candidate key term, weighted like the similarity query. The
 * terms are {@link explainableTerms} already (similar.ts filters them before taking the strongest).
 */
export function keyTermQueries(
  terms: readonly { term: string; weight: number }[],
  field = "facts_seg",
): estypes.QueryDslQueryContainer[] {
  return terms.map(({ term, weight }) => ({
    term: { [field]: { value: term, boost: weight, _name: term } },
  }));
}

/**
 * Up to `limit` terms a hit matched, by their score in it, strongest first. The hit comes from a
 * search over `keyTermQueries` with `include_named_queries_score: true`.
 */
export function sharedKeyTerms(
  hit: Pick<estypes.SearchHit<unknown>, "matched_queries">,
  limit = 8,
): string[] {
  const matched = hit.matched_queries;
  if (!matched || Array.isArray(matched)) return [];
  return Object.entries(matched)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term]) => term);
}
