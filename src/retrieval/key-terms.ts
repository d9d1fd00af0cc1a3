/**
 * Key fact terms a pending case shares with a result: the "key shared fact terms" of the
 * explanation. Each pending fact term is a named query over the result's segmented facts, and the
 * engine reports each term's BM25 contribution to that result (TF-IDF with the index's own document
 * frequencies and the result's length); the strongest are shown. Computing this in the engine
 * spares the service from fetching and splitting the results' whole fact sections — on the
 * 100k-document benchmark that was ~8 ms of service CPU per /similar request.
 */
import type { estypes } from "@elastic/elasticsearch";
import { wordTags } from "../text/segment.ts";

/** Tokens that are never key facts: numbers, dates, amounts and units on their own. */
const NOT_A_KEY_TERM = /^(?:[\d.,%:-]+|[年月日时分秒元号条款项次个名人克]|毫克|毫升|千克|公斤|万元|余元|许)$/;

/**
 * Words every suit or prosecution is told in, not facts of one: the parties' roles (原告, 被告, 被上诉人…),
 * the telling (诉称, 辩称, 请求, 诉至法院; 不服…，提起行政诉讼) and bare negations (不是, 没有). Rare in
 * the criminal majority of the index, they had scored as a civil case's strongest shared "facts"
 * (review17-civil: 原告、被告 in most civil results' 共同事实要素; review h6: 行政诉讼, 不服 and 提起 in most
 * administrative results', 行政诉讼 the commonest of all).
 */
const PROCEDURAL_TERMS = new Set([
  ...["原告", "被告", "被告人", "上诉人", "被上诉人", "第三人", "申请人", "被申请人", "再审申请人"],
  ...["原审", "一审", "二审", "公诉机关", "当事人", "诉称", "辩称", "答辩", "起诉", "诉至", "诉讼"],
  ...["行政诉讼", "民事诉讼", "诉讼请求", "提起", "不服", "上诉"],
  ...["请求", "判令", "法院", "本院", "人民法院", "不是", "没有"],
]);

/** jieba's tags of places, people and organisations' names (长沙市, 朝阳区, 陈禾海, …开发区). */
const NAME_TAGS = new Set(["ns", "nr", "nrfg", "nrt", "nt"]);
/** The commonest surnames: a word in no dictionary (jieba's x) of two or three characters starting with one is a name. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤梅";

/**
 * A place or a person: a name shared by two judgments is no fact of either case (长沙市, 天心区; 李立梅,
 * or 梅于, a piece of one), nor is a masked name (张某).
 */
function placeOrName(term: string): boolean {
  if (term.includes("某")) return true;
  const tags = wordTags(term);
  if (tags.some(({ tag }) => NAME_TAGS.has(tag))) return true;
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
 * a word of the telling ({@link PROCEDURAL_TERMS}), a place or a person's name.
 */
export function explainableTerms<T extends { term: string }>(terms: readonly T[]): T[] {
  return terms.filter(
    ({ term }) =>
      [...term].length > 1 && !NOT_A_KEY_TERM.test(term) && !PROCEDURAL_TERMS.has(term) && !placeOrName(term),
  );
}

/** Named term queries (pure): one per candidate key term, weighted like the similarity query. */
export function keyTermQueries(
  terms: readonly { term: string; weight: number }[],
  field = "facts_seg",
): estypes.QueryDslQueryContainer[] {
  return explainableTerms(terms).map(({ term, weight }) => ({
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
