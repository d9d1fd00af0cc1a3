/**
 * Keyword search (关键词检索): a validated request → an Elasticsearch search body, and the engine's
 * answer → the API's result page. Pure functions apart from the process-global jieba dictionary:
 * the API, reports (which record every query run) and tests share them.
 *
 * The user's text never reaches a query syntax the engine interprets (no query_string): it is
 * split here into plain words, "quoted phrases" and -exclusions, each segmented by src/text exactly
 * as documents were at indexing, and sent as match / match_phrase clauses on the segmented fields.
 */
import { createHash } from "node:crypto";
import type { estypes } from "@elastic/elasticsearch";
import { Converter } from "opencc-js/t2cn";
import { LeianError } from "../../errors.ts";
import { caseNumberForms, parseCaseNumber } from "../../judgment/case-number.ts";
import { formatChineseInt } from "../../judgment/numerals.ts";
import type { JudgmentRecord } from "../../judgment/record.ts";
import { CRIMINAL_LAW_1979 } from "../../judgment/statutes.ts";
import type { CaseFilters } from "../../retrieval/types.ts";
import { NATIONAL_LAWS } from "../../text/laws.ts";
import { chineseNumeralToInt, foldWidth, foldWidthAndCase } from "../../text/normalize.ts";
import { segment } from "../../text/segment.ts";
import { tokensContaining } from "../../text/vocabulary.ts";
import {
  type CARD_FIELDS,
  DISPLAY_FIELDS,
  type JudgmentDocument,
  PART_SECTIONS,
  type RANKING_FIELDS,
  type RankingFields,
  type ResultCard,
  readTypedStatutes,
  shortLawName,
} from "../documents.ts";
import { readBinary } from "../hits.ts";
import { filterClauses } from "./filters.ts";
import { FRAGMENT_ENTITIES, type FragmentOptions, writtenFragments, writtenPatterns } from "./fragments.ts";

/** The parts of a judgment a keyword query can search, with the indexed field of each. */
export const PART_FIELDS = {
  text: "text_seg",
  facts: "facts_seg",
  reasoning: "reasoning_seg",
  disposition: "disposition_seg",
} as const;
export type SearchPart = keyof typeof PART_FIELDS;

/**
 * The full text indexed character by character (standard analyzer): phrase queries on it are
 * substring matches. Tried and not kept (session 3): character bigrams (standard tokenizer + a
 * 2-shingle) made this clause cheaper — /search p50 85 → 70–76 ms on the 100k bench, 8 clients —
 * but doubled the real corpus's indexing time (113 → 229 s; Elasticsearch ingest alone 42 → 58 s).
 */
export const SUBSTRING_FIELD = "text_chars";

/**
 * Each section part's sections indexed as {@link SUBSTRING_FIELD} is, one array value a section
 * (mappings v8): a phrase on them is written within one of the part's sections.
 */
const SECTION_CHARS_FIELDS = {
  facts: "facts_chars",
  reasoning: "reasoning_chars",
  disposition: "disposition_chars",
} as const satisfies Record<Exclude<SearchPart, "text">, keyof JudgmentDocument>;

/** Names a judge may use for a part: the section titles of a judgment, or the English keys. */
export const PART_NAMES: Record<string, SearchPart> = {
  全文: "text",
  事实: "facts",
  本院认为: "reasoning",
  裁判结果: "disposition",
  text: "text",
  facts: "facts",
  reasoning: "reasoning",
  disposition: "disposition",
};

/** Fragments of the full text shown for each part, and their length in characters. */
const FRAGMENTS = 3;
const FRAGMENT_SIZE = 160;
/**
 * Fragments of the full text asked for when a section is searched: the section's are those that lie
 * inside it (src/search/queries/keyword.ts readKeywordResponse), and some lie elsewhere.
 */
const SECTION_FRAGMENTS = 12;

/** Facets counted for every first page: field → number of buckets. */
export const FACETS = {
  category: 10,
  charges: 30,
  causes: 30,
  courtLevel: 10,
  province: 40,
  procedure: 20,
  documentType: 10,
  tier: 5,
  year: 50,
} as const;
export type FacetName = keyof typeof FACETS;

export type KeywordSort = "relevance" | "date" | "date_asc";

/** A validated keyword search request (src/api/routes/search/schema.ts produces it). */
export interface KeywordQuery {
  q?: string | undefined;
  /** Part names (Chinese or English, see {@link PART_NAMES}); default 全文. */
  parts?: string[] | undefined;
  filters?: CaseFilters | undefined;
  sort?: KeywordSort | undefined;
  size: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string | undefined;
  /** Facet counts; default: on the first page only (they do not change from page to page). */
  facets?: boolean | undefined;
  highlight?: boolean | undefined;
}

/** How the query text was understood, each entry as index tokens. Reports record it. */
export interface ParsedKeywords {
  terms: string[];
  /** Each plain word as typed (width/case folded) with its tokens: the unit of matching. */
  words: { text: string; tokens: string[] }[];
  /** Excluded plain words as typed (folded). */
  excludedWords: string[];
  phrases: string[][];
  /** Each quoted phrase as typed (folded), in the order of `phrases`. */
  phraseTexts: string[];
  /** Tokens of each excluded word, in the order of `excludedWords`. */
  excludedTerms: string[][];
  excludedPhrases: string[][];
  /** Each excluded phrase as typed (folded), in the order of `excludedPhrases`. */
  excludedPhraseTexts: string[];
  /**
   * What a judgment must match, each unit one word or phrase — or several joined by OR (盗窃 OR 抢夺,
   * 盗窃|抢夺), any of which will do: indices into `words` and `phrases`.
   */
  units: { words: number[]; phrases: number[] }[];
}

const QUOTES: Record<string, string> = { '"': '"', "“": "”", "「": "」", "『": "』", "＂": "＂" };
const MINUS = new Set(["-", "－"]);
/** Joins alternatives: `盗窃|抢夺`, `盗窃 ｜ 抢夺`, `盗窃 OR 抢夺` (or, ＯＲ, 或 alone too). */
const BAR = /[|｜]/;
/**
 * OR typed between two Han characters without spaces (盗窃OR抢夺): judges leave the spaces out as
 * they do between Chinese words. Latin letters inside Chinese text are otherwise model numbers and
 * brands, never these two alone between Han characters; 或 inside a word stays text (盗窃或者抢夺).
 */
const INFIX_OR = /(?<=\p{Script=Han})[oOｏＯ][rRｒＲ](?=\p{Script=Han})/uy;

/**
 * Splits the query text into plain words, quoted phrases and exclusions (a leading minus on a word
 * or a quoted phrase), and segments each. A word or phrase that segments to nothing (a masked name
 * such as 杜某某, a stop word) is kept with no tokens: it is found as written (within a section,
 * since mappings v8). Punctuation alone is dropped. A statute key typed as such (刑法#264) is that key's token. Words
 * and phrases joined by OR or a bar are one unit, any of them matching; joined to an exclusion they
 * are excluded too (`-手机|钱包`: neither), and an exclusion is never an alternative (`盗窃 OR -抢夺` is
 * 盗窃 without 抢夺). A minus standing alone (`盗窃 - 抢夺`, `盗窃 -`) is refused, a 400 on `q`; inside a
 * word it is text (2019-2020).
 */
export function parseKeywords(q: string | undefined): ParsedKeywords {
  const out: ParsedKeywords = {
    terms: [],
    words: [],
    excludedWords: [],
    phrases: [],
    phraseTexts: [],
    excludedTerms: [],
    excludedPhrases: [],
    excludedPhraseTexts: [],
    units: [],
  };
  /**
   * What OR or a bar joins the next word or phrase to: the last unit (an alternative), or the last
   * exclusion (excluded too: `-手机|钱包` excludes both); undefined when nothing joins it.
   */
  let joinTo: "unit" | "exclusion" | undefined;
  /** What the last word or phrase read was. */
  let last: "unit" | "exclusion" | undefined;
  const add = (negated: boolean, member: { words: number[] } | { phrases: number[] }) => {
    if (negated) last = "exclusion";
    else {
      const unit = out.units.at(-1);
      if (joinTo === "unit" && unit) {
        if ("words" in member) unit.words.push(...member.words);
        else unit.phrases.push(...member.phrases);
      } else out.units.push({ words: [], phrases: [], ...member });
      last = "unit";
    }
    joinTo = undefined;
  };
  const text = q ?? "";
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // A bar joins, wherever it stands (盗窃|抢夺, "入户盗窃"|"扒窃", 盗窃 | 抢夺), and so does OR
    // between Han characters (盗窃OR抢夺).
    if (BAR.test(ch) || infixOr(text, i)) {
      joinTo = last;
      i += BAR.test(ch) ? 1 : 2;
      continue;
    }
    let negated = false;
    let start = i;
    if (MINUS.has(ch)) {
      // A minus standing alone (盗窃 - 抢夺): an exclusion of the next word, or a dash between two
      // words both searched for? Either guess gives some judge the wrong judgments without a word, so
      // it is refused (it was dropped: 盗窃 - 抢夺 searched 盗窃 and 抢夺).
      if (i + 1 >= text.length || /[\s|｜]/.test(text.charAt(i + 1))) {
        const message = `检索词中的减号“${ch}”单独出现，含义不明：排除某词请将减号紧贴该词，如“盗窃 -抢夺”；不排除请删去减号`;
        throw new LeianError("invalid_request", message, { details: [{ path: "q", message }] });
      }
      negated = true;
      start = i + 1;
    }
    // An item joined to an exclusion is excluded too; an exclusion is never an alternative.
    if (joinTo === "exclusion") negated = true;
    else if (negated) joinTo = undefined;
    const open = text.charAt(start);
    const close = QUOTES[open];
    let written: string;
    if (close !== undefined) {
      const end = text.indexOf(close, start + 1);
      const inner = text.slice(start + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
      // A statute key in quotes ("刑法#264") is that key, as unquoted: its tokens are no phrase.
      if (isStatuteKey(inner)) written = inner.trim();
      else {
        if (!SEARCHABLE.test(inner)) continue;
        const typed = foldWidthAndCase(inner.trim());
        for (const [k, form] of [typed, ...(negated ? [] : simplifiedForm(typed))].entries()) {
          // The simplified form is an alternative to the phrase as typed.
          if (k > 0) joinTo = "unit";
          (negated ? out.excludedPhrases : out.phrases).push(segment(k === 0 ? inner : form));
          (negated ? out.excludedPhraseTexts : out.phraseTexts).push(form);
          add(negated, { phrases: [out.phrases.length - 1] });
        }
        continue;
      }
    } else {
      let end = start;
      while (end < text.length && !/[\s|｜]/.test(text.charAt(end)) && !infixOr(text, end)) end++;
      i = end;
      written = text.slice(start, end);
    }
    const folded = foldWidthAndCase(written);
    // OR in any case or width, and 或 standing alone, join like a bar; AND is what a space means.
    const bare = !MINUS.has(ch);
    if (bare && (folded === "or" || written === "或")) {
      joinTo = last;
      continue;
    }
    if (bare && folded === "and") continue;
    if (!SEARCHABLE.test(written)) continue;
    // Brackets as indexed: 刑法(1979年)#150 is 刑法（1979年）#150.
    const keys = typedKeys(written) ?? citedKeys(written);
    for (const [k, form] of [folded, ...(keys || negated ? [] : simplifiedForm(folded))].entries()) {
      // The simplified form is an alternative to the word as typed.
      if (k > 0) joinTo = "unit";
      const tokens = keys ?? segment(k === 0 ? written : form);
      if (negated) {
        out.excludedTerms.push(tokens);
        out.excludedWords.push(form);
        add(true, { words: [] });
      } else {
        out.words.push({ text: form, tokens });
        for (const t of tokens) if (!out.terms.includes(t)) out.terms.push(t);
        add(false, { words: [out.words.length - 1] });
      }
    }
  }
  return out;
}

/**
 * Traditional characters (Hong Kong and Taiwan forms included) → simplified, as OpenCC converts
 * them; built on the first query, as the jieba dictionary is loaded (~0.1 s).
 */
let toSimplified: ((text: string) => string) | undefined;

/**
 * The text in simplified characters, when typed otherwise (盜竊 → 盗窃), for a word to find the
 * judgments, which are written in simplified characters; none when it is already. An alternative
 * to what was typed, never a replacement: the conversion also rewrites characters that simplified
 * judgments use (乾县 → 干县, 昇 in names → 升; 3,486 characters of the LeCaRD full texts, in 413).
 * Never for an exclusion, which takes out only what the judge wrote: -乾县 had also excluded 干县, a
 * place of its own. Which conversions are safe cannot be told from OpenCC's tables: of the 114
 * characters it rewrites that simplified LeCaRD judgments write (3,563 times), 88 convert back to
 * themselves (於 → 于 → 於, 義 → 义 → 義, mostly in names), so "unambiguous" would not keep them.
 */
function simplifiedForm(text: string): string[] {
  const convert = toSimplified ?? Converter({ from: "hk", to: "cn" });
  toSimplified = convert;
  const simplified = convert(text);
  return simplified === text ? [] : [simplified];
}

/** A statute key as typed (刑法#264, 《刑法》#133-1), or several (刑法#264、刑法#67). */
function isStatuteKey(typed: string): boolean {
  return typedKeys(typed.trim()) !== undefined;
}

/**
 * The statute keys a word typed with # names (刑法#264; 刑法#264、刑法#67 names two: src/search/
 * documents.ts readTypedStatutes), each its token; undefined for any other word, which is segmented.
 * A word also holding words that name no statute (盗窃、刑法#264) is refused, a 400 on `q`: it had been
 * searched as one key no judgment has, an empty page unexplained.
 */
function typedKeys(word: string): string[] | undefined {
  if (!foldWidthAndCase(word).includes("#")) return undefined;
  const read = readTypedStatutes(word);
  if (read.keys.length === 0) return undefined;
  if (read.unread.length > 0) {
    const message = `检索词“${word}”中的“${read.unread.join("”“")}”不是法条：法条与其他检索词之间请用空格分开，如“盗窃 刑法#264”`;
    throw new LeianError("invalid_request", message, { details: [{ path: "q", message }] });
  }
  return read.keys;
}

/** An article as a citation writes it: 第二百六十四条, 第 264 条. */
const CITED_ARTICLE = /第\s*[\d０-９零〇一二两三四五六七八九十百千]+\s*条/;

/**
 * The statute keys of a word typed as a citation, without # (刑法第二百六十四条、第六十七条, 《刑法》第264条,
 * 关于…的解释第二条): read whole as a judge's statute entry is (src/search/documents.ts readTypedStatutes),
 * each naming an article; undefined for any other word, which is segmented. Its tokens had been its
 * segmentation's, the law's name and each article's key (刑法 刑法#264 刑法#67), found within two
 * positions of each other: a judgment citing a third article between them, or the two apart, was not
 * found (but where it wrote the word as typed), and one article typed so was not the key typed with #
 * (刑法第一百五十条 found the 1979 law's too, which 刑法#150 leaves out). A word also holding other
 * words (刑法第264条盗窃罪) stays a segmented word, as before: it is no statute typed.
 */
function citedKeys(word: string): string[] | undefined {
  if (!CITED_ARTICLE.test(word)) return undefined;
  const read = readTypedStatutes(word);
  if (read.keys.length === 0 || read.unread.length > 0 || !read.keys.every((key) => key.includes("#")))
    return undefined;
  return read.keys;
}

/**
 * Whether a word's tokens are the statute keys it was typed as ({@link typedKeys}, {@link citedKeys}),
 * several: each must be found, as words typed apart are (刑法#264、刑法#67 is 刑法#264 刑法#67, and so is
 * 刑法第二百六十四条、第六十七条). A list of articles in a citation (依照…第二百六十四条、第六十七条)
 * applies each of them; it names no alternatives, which a query joins by OR.
 */
function isKeyList(tokens: string[]): boolean {
  // Its tokens are the keys it names, each holding #: a segmented citation's hold its law's name too
  // (刑法 刑法#264), and a word typed as one is read as its keys.
  return tokens.length > 1 && tokens.every((t) => t.includes("#"));
}

function infixOr(text: string, at: number): boolean {
  INFIX_OR.lastIndex = at;
  return INFIX_OR.test(text);
}

/** A letter, digit or Han character: what a word must contain to be searched for. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Indexed fields for the requested parts (default: 全文). Unknown names are rejected by the schema. */
export function partFields(parts: string[] | undefined): string[] {
  const names = parts && parts.length > 0 ? parts : ["text"];
  const fields = names.map((name) => {
    const part = PART_NAMES[name];
    if (!part)
      throw new LeianError("invalid_request", `未知的检索范围：${name}`, {
        details: [{ path: "parts", message: `可选：${Object.keys(PART_NAMES).join("、")}` }],
      });
    return PART_FIELDS[part];
  });
  return [...new Set(fields)];
}

function anyFieldPhrase(fields: string[], tokens: string[], slop = 0): estypes.QueryDslQueryContainer {
  const query = tokens.join(" ");
  return {
    bool: {
      should: fields.map((field) => ({
        match_phrase: { [field]: slop > 0 ? { query, slop } : query },
      })),
      minimum_should_match: 1,
    },
  };
}

/**
 * How far apart the tokens of one typed word may be: a word jieba splits (持刀抢劫 → 持刀 抢劫, 暴力
 * 抗拒抓捕 → 暴力 抗拒 抓捕) is that expression, not its pieces anywhere in the judgment (持刀 in one
 * paragraph, 抢劫 in another: 192 of 242 hits for 持刀抢劫 on the real corpus). Two positions of
 * slack keep 醉酒后驾驶 for 醉酒驾驶 and 死刑，缓期 for 死刑缓期.
 */
const WORD_SLOP = 2;

function isEmpty(parsed: ParsedKeywords): boolean {
  return (
    parsed.words.length +
      parsed.phrases.length +
      parsed.excludedWords.length +
      parsed.excludedPhrases.length ===
    0
  );
}

/**
 * Any of the dictionary's words that contain `text` (src/text/vocabulary.ts) in any of the fields,
 * each scored by BM25 as a token of its own; undefined when the dictionary has none.
 */
function containingWords(fields: string[], text: string): estypes.QueryDslQueryContainer | undefined {
  const tokens = tokensContaining(text);
  if (tokens.length === 0) return undefined;
  // Tokens from the dictionary, never the user's text; the fields' analyzer splits on whitespace only.
  const query = tokens.join(" ");
  return {
    bool: { should: fields.map((field) => ({ match: { [field]: { query } } })), minimum_should_match: 1 },
  };
}

/**
 * The text as written, anywhere in the full text (a phrase on the character-indexed copy), scored
 * as a constant: the phrase decides whether a judgment matches, the tokens' BM25 how well. Scoring
 * the phrase itself counts every occurrence's positions in every matching judgment, where matching
 * stops at the first: on the 100k bench index, ten everyday queries without facets or highlights
 * took p50 7 ms scored against 3 ms constant (engine `took`, one client). What the constant loses:
 * among judgments that hold the word only inside longer words (盗窃 only in 盗窃罪), the one saying it
 * more often no longer ranks first. A typed word as {@link writtenIn} says.
 */
function asWritten(text: string, word = false): estypes.QueryDslQueryContainer {
  return { constant_score: { filter: writtenIn(SUBSTRING_FIELD, text, word), boost: 1 } };
}

/** An article's number as written (二百六十四, 264), and an added article's after 之 (之一). */
const ARTICLE_NUMBER = "[\\d零〇一二两三四五六七八九十百千]+";
const ADDED_NUMBER = "[\\d一二三四五六七八九十]+";
/** A word ending in an article: 第一百三十三条, 第133条, 刑法第一百三十三条. */
const ENDS_IN_ARTICLE = new RegExp(`第${ARTICLE_NUMBER}条$`);
/** An article without its law (第二百六十四条, 第133条之一): its number, and an added article's. */
const BARE_ARTICLE = new RegExp(`^第(${ARTICLE_NUMBER})条(?:之(${ADDED_NUMBER}))?$`);
/**
 * The numbers an added article's 之 is followed by, each a token of the standard analyzer: 之一 …
 * 之六, the Criminal Law's highest (第一百二十条之六, 刑法修正案（九）). LeCaRD writes 之一, 之二 and
 * 之三 (742, 4 and 1 judgments), never in digits (之1). The fewer, the cheaper: an article's clause
 * took the engine 38 ms a query on LeCaRD with 之一 … 之十 and 之1 … 之9, 24 ms with these, 9 ms as
 * the bare phrase (uncached, 20 articles).
 */
const ADDED_FIRST_TOKENS = [..."一二三四五六"];
/** What follows an article where it is written as an added one: not marked in fragments either. */
const ADDED_SUFFIXES = ADDED_FIRST_TOKENS.map((n) => `之${n}`);

/**
 * A plain word as written in a character-indexed field (the full text's or a section's, a phrase);
 * a word ending in an article (第一百三十三条, 第133条, 刑法第一百三十三条) not where 之 and a number
 * follow it, which write an added article, another one: 刑法 §133之一 (危险驾驶, added by 刑法修正案
 * （八）) is not §133 (交通肇事), as their statute keys (刑法#133-1, 刑法#133) tell them apart for
 * {@link bareArticle} and {@link criminalLawArticle}. Its paragraphs (第一百三十三条第一款) and 之规定
 * are the article's. Per occurrence: a judgment writing the article besides an added one is found by
 * the article. A quoted phrase (`word` false) is the characters as written, an added article's
 * included (README: keyword search).
 */
function writtenIn(field: string, text: string, word: boolean): estypes.QueryDslQueryContainer {
  if (!word || !ENDS_IN_ARTICLE.test(text)) return { match_phrase: { [field]: text } };
  const adjacent = (query: string) => ({ match: { query, max_gaps: 0, ordered: true } });
  const added = {
    all_of: {
      intervals: [adjacent(`${text}之`), { any_of: { intervals: ADDED_FIRST_TOKENS.map(adjacent) } }],
      max_gaps: 0,
      ordered: true,
    },
  };
  return {
    intervals: { [field]: { match: { ...adjacent(text).match, filter: { not_overlapping: added } } } },
  };
}

/**
 * The text as written within one of the searched sections (mappings v8; a typed word as
 * {@link writtenIn} says, as over the full text), or — on a judgment of an
 * index built before v8, which has none of the section character fields — `before`, the clause
 * that index answers (undefined: nothing). The two are told apart per judgment, not per request: an
 * alias holds an older index until it is rebuilt, and two indices during a swap. A judgment of v8
 * whose parts are all empty has no such field either; `before` finds nothing in it then, since its
 * segmented sections are empty too.
 */
function writtenInSections(
  parts: Exclude<SearchPart, "text">[],
  text: string,
  word: boolean,
  before: estypes.QueryDslQueryContainer | undefined,
  scoredBy?: estypes.QueryDslQueryContainer,
): estypes.QueryDslQueryContainer {
  // A constant, as over the full text (asWritten): whether the section writes it, not how often.
  const written = {
    constant_score: {
      filter: {
        bool: {
          should: parts.map((p) => writtenIn(SECTION_CHARS_FIELDS[p], text, word)),
          minimum_should_match: 1,
        },
      },
      boost: 1,
    },
  };
  const v8 = scoredBy ? { bool: { must: [written], should: [scoredBy] } } : written;
  if (!before) return v8;
  const olderIndex = {
    bool: {
      must: [before],
      must_not: Object.values(SECTION_CHARS_FIELDS).map((field) => ({ exists: { field } })),
    },
  };
  return { bool: { should: [v8, olderIndex], minimum_should_match: 1 } };
}

/**
 * An article typed as written, without its law (第二百六十四条, 第133条之一): the segmented text holds
 * a cited article as its law's key (刑法#264), so in a section it was found only where no law was
 * named before it — 3 of the 103 judgments whose 本院认为 cite it (review14-search). Any national
 * law's article of that number: its keys, undefined for any other text.
 */
function articleKeys(text: string): string[] | undefined {
  const m = BARE_ARTICLE.exec(text);
  const article = m?.[1] ? chineseNumeralToInt(m[1]) : undefined;
  if (article === undefined) return undefined;
  const sub = m?.[2] ? chineseNumeralToInt(m[2]) : undefined;
  return NATIONAL_LAWS.map((law) => `${law}#${article}${sub === undefined ? "" : `-${sub}`}`);
}

/** The article's keys in any of the fields. */
function bareArticle(fields: string[], keys: string[]): estypes.QueryDslQueryContainer {
  return {
    bool: { should: fields.map((field) => ({ terms: { [field]: keys } })), minimum_should_match: 1 },
  };
}

/**
 * What ranks the judgments an article typed as written finds, which score it as constants (as
 * written, its keys): a judgment whose legal basis applies it (the statutes field: the articles its
 * reasoning and 依照…之规定 cite) relies on it, and comes before one that only writes it — in the
 * indictment, a co-defendant's case, a quoted provision: 25 of the 276 LeCaRD judgments found by
 * 第一百三十三条, 3 of the first 20 when ties fell to the date. Boosted as much as the article's
 * own constants (2), so that other words' BM25 still ranks among those applying it. Scoring only:
 * which judgments match is the searched part's to say, never the legal basis's. Not scored by how
 * often the part cites it: BM25 over the keys of every national law's article of that number made
 * a rare law's (刑事诉讼法#234, a high idf) outrank the Criminal Law's article cited three times.
 */
const APPLIED_ARTICLE = 2;
function appliedArticle(keys: string[]): estypes.QueryDslQueryContainer {
  return { constant_score: { filter: { terms: { statutes: keys } }, boost: APPLIED_ARTICLE } };
}

/** The 1979 Criminal Law's name in statute keys: 刑法（1979年）. */
const CRIMINAL_1979 = shortLawName(CRIMINAL_LAW_1979);

/**
 * A Criminal Law article's key (刑法#150, 刑法（1979年）#150) in any of the fields; undefined for any
 * other token. The 1997 revision renumbered the articles (刑法 §452): 1979's §150 is 抢劫, today's
 * 单位犯生产、销售伪劣商品罪. The segmented text tokens a 1979-law citation as today's article (刑法#150:
 * segmentation sees neither the decision date nor the words naming the old law), while the statutes
 * field, read from the reasoning and legal basis, keys it as a law of its own (src/judgment/statutes.ts
 * CRIMINAL_LAW_1979). So today's key does not find a judgment whose statutes hold the 1979 article and
 * not today's, and the 1979 key finds the token where they hold the 1979 article.
 */
function criminalLawArticle(fields: string[], token: string): estypes.QueryDslQueryContainer | undefined {
  const hash = token.indexOf("#");
  const law = token.slice(0, hash);
  if (hash < 0 || (law !== "刑法" && law !== CRIMINAL_1979)) return undefined;
  const [today, old] = [`刑法${token.slice(hash)}`, `${CRIMINAL_1979}${token.slice(hash)}`];
  const cited = allTokens(fields, [today]);
  if (law === CRIMINAL_1979) return { bool: { must: [cited], filter: [{ term: { statutes: old } }] } };
  const onlyOld = {
    bool: { filter: [{ term: { statutes: old } }], must_not: [{ term: { statutes: today } }] },
  };
  return { bool: { must: [cited], must_not: [onlyOld] } };
}

/** Every token in at least one of the fields (cross_fields with operator and). */
function allTokens(fields: string[], tokens: string[]): estypes.QueryDslQueryContainer {
  return { multi_match: { query: tokens.join(" "), fields, type: "cross_fields", operator: "and" } };
}

/** The sort of each mode; `id` breaks ties so that search_after never skips or repeats a hit. */
export function sortFor(sort: KeywordSort | undefined): estypes.SortCombinations[] {
  // Explicit `missing` values (epoch bounds that fit a JS number) instead of _last: the engine's
  // default missing marker is Long.MIN/MAX, which JSON.parse rounds and search_after then rejects.
  const newest = { decisionDate: { order: "desc", missing: 0, format: "epoch_millis" } } as const;
  switch (sort ?? "relevance") {
    case "date":
      return [newest, { _score: { order: "desc" } }, { id: { order: "asc" } }];
    case "date_asc":
      return [
        { decisionDate: { order: "asc", missing: 253402214400000, format: "epoch_millis" } },
        { _score: { order: "desc" } },
        { id: { order: "asc" } },
      ];
    default:
      return [{ _score: { order: "desc" } }, newest, { id: { order: "asc" } }];
  }
}

/** Whether `value` can be a search_after value for `key` of {@link sortFor}. */
function fitsSortKey(key: estypes.SortCombinations, value: unknown): boolean {
  const field = typeof key === "string" ? key : Object.keys(key)[0];
  if (field === "_score") return typeof value === "number" && Number.isFinite(value);
  if (field === "id") return typeof value === "string";
  return (
    (typeof value === "number" && Number.isSafeInteger(value)) ||
    (typeof value === "string" && /^-?\d{1,16}$/.test(value))
  );
}

/** The binary doc values a hit's fields are read from (src/search/documents.ts). */
const HIT_DOC_VALUES = ["ranking", "card"] as const;

/**
 * A search on an index built before mappings v5, which has no binary doc values: the hit fields
 * come from each hit's stored record (src/retrieval/keyword.ts repeats the search this way).
 */
export function withHitFieldsFromSource(body: estypes.SearchRequest): estypes.SearchRequest {
  const { docvalue_fields: _, ...rest } = body;
  const sections =
    typeof body._source === "object" && !Array.isArray(body._source) ? body._source.includes : [];
  return { ...rest, _source: { includes: [...HIT_FIELDS, ...(sections ?? [])] } };
}

/**
 * Whether some of a response's hits lack the binary doc values (see {@link withHitFieldsFromSource}):
 * an index built before v5, or an alias over indices of two versions.
 */
export function hitsWithoutDocValues(res: estypes.SearchResponse<unknown>): boolean {
  return res.hits.hits.some((h) => h.fields?.card === undefined);
}

/**
 * Fields returned for each hit: what a result list shows, never the whole record. Each is in the
 * `ranking` or the `card` doc value (the type says so), which hits are read from.
 */
export const HIT_FIELDS = [
  "id",
  "decisionDate",
  "tier",
  "status",
  "charges",
  "causes",
  "statutes",
  ...DISPLAY_FIELDS,
] as const satisfies readonly ((typeof RANKING_FIELDS)[number] | (typeof CARD_FIELDS)[number])[];

/** What a cursor is bound to: a cursor from another query must not silently page through this one. */
function fingerprint(req: KeywordQuery): string {
  return createHash("sha256")
    .update(JSON.stringify([req.q ?? "", partFields(req.parts), req.filters ?? {}, req.sort ?? "relevance"]))
    .digest("base64url")
    .slice(0, 16);
}

export function encodeCursor(req: KeywordQuery, after: estypes.SortResults): string {
  return Buffer.from(JSON.stringify({ a: after, f: fingerprint(req) })).toString("base64url");
}

/** Reads a cursor; a forged, truncated or foreign one is a 400 on `cursor`. */
export function decodeCursor(req: KeywordQuery): estypes.SortResults | undefined {
  if (req.cursor === undefined) return undefined;
  const invalid = (message: string) =>
    new LeianError("invalid_request", message, { details: [{ path: "cursor", message }] });
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(req.cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid("翻页游标无效，请从第一页重新检索");
  }
  const { a, f } = (value ?? {}) as { a?: unknown; f?: unknown };
  const keys = sortFor(req.sort);
  // Each value of the type its sort key takes (a score, a date in epoch milliseconds, an id): the
  // fingerprint is no secret, and a value of another type would fail in the engine (502), not here.
  if (!Array.isArray(a) || a.length !== keys.length || !keys.every((key, i) => fitsSortKey(key, a[i]))) {
    throw invalid("翻页游标无效，请从第一页重新检索");
  }
  if (f !== fingerprint(req)) throw invalid("翻页游标与当前检索条件不一致，请从第一页重新检索");
  return a as estypes.SortResults;
}

/** The search body for a keyword request (pure). The caller sends it to the judgments alias. */
export function buildKeywordSearch(req: KeywordQuery): estypes.SearchRequest {
  const fields = partFields(req.parts);
  const parsed = parseKeywords(req.q);
  if (req.q !== undefined && req.q.trim() !== "" && isEmpty(parsed)) {
    const message = "检索词中没有可检索的字词（仅有标点符号）";
    throw new LeianError("invalid_request", message, { details: [{ path: "q", message }] });
  }
  const fullText = fields.includes(PART_FIELDS.text);
  const sections = sectionParts(fields);
  const anyOf = (found: estypes.QueryDslQueryContainer[]) =>
    found.length === 1
      ? (found[0] as estypes.QueryDslQueryContainer)
      : { bool: { should: found, minimum_should_match: 1 } };
  /** A word's or phrase's tokens: adjacent for a phrase, within WORD_SLOP of each other for a word of several. */
  const byTokens = (tokens: string[], phrase: boolean): estypes.QueryDslQueryContainer | undefined => {
    // A phrase of no tokens (a masked name) is found as written only.
    if (phrase) return tokens.length > 0 ? anyFieldPhrase(fields, tokens) : undefined;
    if (tokens.length > 1) return anyFieldPhrase(fields, tokens, WORD_SLOP);
    return tokens.length === 1 ? allTokens(fields, tokens) : undefined;
  };
  /**
   * The ways one word or phrase is found: by its tokens, and as written — over the full text as a
   * substring (盗窃 inside 入户盗窃, which jieba keeps as one token; a masked name such as 杜某某, which
   * has no token), within sections as `inSections` says. `word`: typed as a word, not quoted.
   */
  const ways = (
    text: string,
    tokens: string[],
    phrase: boolean,
    inSections: estypes.QueryDslQueryContainer | undefined,
    word = true,
  ): estypes.QueryDslQueryContainer[] => {
    const found: estypes.QueryDslQueryContainer[] = [];
    const statute = tokens.length === 1 ? criminalLawArticle(fields, tokens[0] ?? "") : undefined;
    const keys = articleKeys(text);
    const article = keys ? bareArticle(fields, keys) : undefined;
    const tokenWay = byTokens(tokens, phrase);
    if (statute) found.push(statute);
    else if (article && word) {
      // An article typed as written: its statute keys and as written (writtenIn), not its jieba
      // tokens — 第 一百三十 三条 also stand in 第一百三十三条之一 written without its law (an appended
      // statute text: 140 LeCaRD judgments found for 第一百三十三条 by its tokens alone, all 之一).
      // Within sections, on an index built before v8, they still are (wordWays).
    } else if (tokenWay) found.push(tokenWay);
    const written = fullText ? asWritten(text, true) : inSections;
    if (written) found.push(written);
    if (article) found.push(article);
    // A case number typed as a word: the judgment bearing it, however its brackets, digits and
    // padding are written ((2014)嘉善刑初字第0272号 is （2014）嘉善刑初字第272号).
    if (!phrase && parseCaseNumber(text)?.year !== undefined)
      found.push({ terms: { caseNumbers: caseNumberForms(text) } });
    return keys && found.length > 0
      ? [{ bool: { must: [anyOf(found)], should: [appliedArticle(keys)] } }]
      : found;
  };
  /**
   * A word's ways; within sections, as written in one of them (mappings v8), as over the full text:
   * 伤害 inside 故意伤害罪, 醉酒 in 系醉酒后驾驶 (jieba: 系醉 酒后驾驶), a masked name. Before, the
   * dictionary words containing it stood in for that — and still do on an index built before v8 —
   * which missed 2,931 of the 76,495 judgments writing the word in the section (h5-keyword, LeCaRD:
   * 36 words × 3 parts; 601 of them 伤害 in 裁判结果: jieba's dictionary lists no 故意伤害罪), and found
   * none that does not write it. Engine cost: the query phase 0.9 → 2.6 ms a query on average (same
   * 108 searches and 12 of several words), the full text's being 4.4 ms.
   * As written also finds a word across word boundaries (从犯 in 应从犯罪数额, 入户 in 转入户名) and across
   * punctuation (殴打 in 互殴，打斗), as over the full text: ~110 of those 76,495. Not fixed (h1-keyword,
   * session 22, on h5's sample of 1,054 judgments found only as written):
   * - Requiring the occurrence to start and end at jieba token boundaries, or lie inside one token,
   *   would drop ~105 such hits but ~270 real ones: 退赃 in 退/赃款, 醉酒 in 系醉/酒后驾驶, 酒后 in
   *   饮酒/后, 持刀 in 手持/刀具 are cut as 从/犯罪 is. Segmentation cannot tell them apart.
   * - Not across punctuation would be clean (17 dropped, all but one not the word: 互殴，打斗, 喝酒，后来,
   *   殴打、伤害), but the character fields' standard analyzer drops punctuation without a position gap,
   *   so no query can see it: it needs the fields indexed otherwise (a mapping version), and would
   *   part from the full text's documented match across punctuation (释放因涉嫌 finds 释放。因涉嫌).
   *   Spaces must still join (如实 供述, a line broken inside the word).
   */
  const wordWays = (text: string, tokens: string[], adjacent: boolean): estypes.QueryDslQueryContainer[] => {
    if (fullText) return ways(text, tokens, adjacent, undefined);
    const containing = containingWords(fields, text);
    // An index built before v8 has no section written as such: there an article typed as written
    // is still found by its tokens (ways does not use them), which also stand in an added article
    // written without its law.
    const tokenWay = articleKeys(text) ? byTokens(tokens, adjacent) : undefined;
    const before = tokenWay && containing ? anyOf([tokenWay, containing]) : (tokenWay ?? containing);
    return ways(text, tokens, adjacent, writtenInSections(sections, text, true, before));
  };
  /**
   * A quoted phrase: the judge asking for those characters. Its tokens in sequence do not say so —
   * segmentation drops stop words, so "携带的凶器" had found 携带凶器 — the characters as written do
   * (text_chars and the sections' character fields keep every character; only punctuation and spaces
   * between them, which their analyzer drops, may differ). Over 全文 the full text's decide, within
   * sections those of one of the searched sections (mappings v8), and the tokens in sequence score
   * as before (the constant of {@link asWritten} plus their BM25). An exclusion is not scored.
   * An index built before v8 indexes sections by tokens only: there the phrase must be written in
   * the full text and its tokens stand in sequence in the section — so a section holding 携带凶器
   * matched when 携带的凶器 was written in another section (h5, LeCaRD: 2,619 of 16,543 hits over 10
   * phrases × 3 sections), and a phrase of no tokens (a masked name) was refused.
   */
  const quoted = (text: string, tokens: string[], scored = true): estypes.QueryDslQueryContainer[] => {
    const inSequence = byTokens(tokens, true);
    if (fullText)
      return scored && inSequence
        ? [{ bool: { must: [asWritten(text)], should: [inSequence] } }]
        : [asWritten(text)];
    const found = ways(text, tokens, true, containingWords(fields, text), false);
    const before =
      found.length > 0
        ? { bool: { filter: [{ match_phrase: { [SUBSTRING_FIELD]: text } }], must: [anyOf(found)] } }
        : undefined;
    return [writtenInSections(sections, text, false, before, scored ? inSequence : undefined)];
  };
  /** A typed word's ways; a word of several statute keys is found where each is, as keys typed apart. */
  const typedWord = (text: string, tokens: string[], adjacent: boolean): estypes.QueryDslQueryContainer[] =>
    isKeyList(tokens)
      ? [{ bool: { must: tokens.map((key) => anyOf(wordWays(key, [key], adjacent))) } }]
      : wordWays(text, tokens, adjacent);
  // One clause per unit. Alternatives (盗窃 OR 抢夺) score as the best of them (dis_max): a judgment
  // saying both is no better a match of the unit, and had filled the first pages (review15-search).
  const must: estypes.QueryDslQueryContainer[] = parsed.units
    .map((unit) =>
      [
        ...unit.words.map((i) => {
          const w = parsed.words[i];
          return w ? typedWord(w.text, w.tokens, false) : [];
        }),
        ...unit.phrases.map((i) => quoted(parsed.phraseTexts[i] ?? "", parsed.phrases[i] ?? [])),
      ]
        .filter((found) => found.length > 0)
        .map(anyOf),
    )
    .filter((members) => members.length > 0)
    .map((members) =>
      members.length === 1
        ? (members[0] as estypes.QueryDslQueryContainer)
        : { dis_max: { queries: members, tie_breaker: 0 } },
    );
  // An excluded word is excluded however it would be found, its tokens adjacent: -醉酒驾驶 must not
  // exclude facts that say 醉酒 in one place and 驾驶 in another (nor 醉酒后驾驶: an exclusion takes
  // out only what the judge wrote, where a word searched for also finds its near forms).
  const mustNot: estypes.QueryDslQueryContainer[] = [
    ...parsed.excludedWords.flatMap((text, i) => typedWord(text, parsed.excludedTerms[i] ?? [], true)),
    ...parsed.excludedPhrases.flatMap((tokens, i) =>
      quoted(parsed.excludedPhraseTexts[i] ?? "", tokens, false),
    ),
  ];
  const after = decodeCursor(req);
  const withFacets = req.facets ?? req.cursor === undefined;
  const body: estypes.SearchRequest = {
    query: {
      bool: {
        must: must.length > 0 ? must : [{ match_all: {} }],
        ...(mustNot.length > 0 ? { must_not: mustNot } : {}),
        filter: filterClauses(req.filters),
      },
    },
    sort: sortFor(req.sort),
    // One extra hit tells whether a next page exists without a second request.
    size: req.size + 1,
    // Exact counts up to 10,000 ("10000+" beyond): counting every match of a broad word is costly.
    track_total_hits: 10_000,
    // A hit's fields come from its two binary doc values (mappings v5), not from parsing its stored
    // record: ~1.5 ms less engine CPU for a page of 20 on the 100k bench index, and charges keep
    // the judgment's order. The record is read only for the sections a search is restricted to.
    _source: false,
    docvalue_fields: [...HIT_DOC_VALUES],
    ...(after ? { search_after: after } : {}),
  };
  const highlighting = (req.highlight ?? true) && must.length > 0;
  if (withFacets) {
    body.aggs = Object.fromEntries(
      Object.entries(FACETS).map(([field, size]): [string, estypes.AggregationsAggregationContainer] =>
        field === "year"
          ? // The years of the judgments that state their date: what choosing a year filters on
            // (dateFrom/dateTo over decisionDate). A document without one is counted by its case
            // number's year in the field, and would be counted where a click cannot find it.
            [
              field,
              {
                filter: { exists: { field: "decisionDate" } },
                aggs: { [field]: { terms: { field, size, order: { _key: "desc" as const } } } },
              },
            ]
          : [field, { terms: { field, size } }],
      ),
    );
  }
  if (highlighting) {
    // The full text's fragments are cut from its stored copy (src/search/queries/fragments.ts); a
    // searched section is shown from it too, its fragments those of the full text that lie inside
    // the section, found against the section's own text (readKeywordResponse).
    body.stored_fields = [SUBSTRING_FIELD];
    if (sections.length > 0) {
      body._source = {
        includes: sections.flatMap((p) => PART_SECTIONS[p].map((k) => `record.sections.${k}`)),
      };
      // A section's own segmented fragments: shown when none of the full text's lies in it.
      body.highlight = {
        type: "unified",
        encoder: "html",
        pre_tags: ["<em>"],
        post_tags: ["</em>"],
        fragment_size: FRAGMENT_SIZE,
        number_of_fragments: FRAGMENTS,
        fields: Object.fromEntries(
          sections.map((part) => [PART_FIELDS[part], sectionHighlight(PART_FIELDS[part], parsed)]),
        ),
      };
    }
  }
  return body;
}

/** The section parts among the searched fields. */
function sectionParts(fields: string[]): Exclude<SearchPart, "text">[] {
  return fields
    .map((f) => FIELD_PARTS[f])
    .filter((p): p is Exclude<SearchPart, "text"> => p !== undefined && p !== "text");
}

/**
 * A section's own highlight: its tokens and the dictionary words containing each word, as one terms
 * query. Highlighting with the search query itself (cross_fields over every section, a match per
 * containing-word list) cost ~700 ms of engine time for six words on a page of 100 judgments.
 */
function sectionHighlight(field: string, parsed: ParsedKeywords): estypes.SearchHighlightField {
  const tokens = new Set([
    ...parsed.terms,
    ...parsed.phrases.flat(),
    ...parsed.words.flatMap((w) => tokensContaining(w.text)),
  ]);
  return { highlight_query: { terms: { [field]: [...tokens] } } };
}

/**
 * How a judgment writes the article a statute key names (刑法#264 → 第二百六十四条 or 第264条, 刑法#133-1
 * → 第一百三十三条之一): the key itself is never written.
 */
function articleWritten(token: string): string[] {
  const m = /#(\d+)(?:-(\d+))?$/.exec(token);
  if (!m) return [];
  const [article, sub] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
  return [
    `第${formatChineseInt(article)}条${sub === undefined ? "" : `之${formatChineseInt(sub)}`}`,
    `第${article}条${sub === undefined ? "" : `之${formatChineseInt(sub)}`}`,
  ];
}

/**
 * What the full text's fragments mark: the words as typed and their tokens, as written. A word also
 * matches through its tokens (醉酒的 finds 醉酒), which segmentation may have cut differently from
 * the text as written. Not a token of one character or a number: 15时 had marked every 时; a statute
 * key as its article is written. Not an article's tokens (一百三十, 三条), which it is not found by
 * (buildKeywordSearch). A quoted phrase as typed.
 */
export function writtenWords(parsed: ParsedKeywords): string[] {
  return writtenWordUnits(parsed).words;
}

/**
 * {@link writtenWords} with the query unit each stands for (an index into `parsed.units`): what
 * src/search/queries/fragments.ts writtenFragments shows as many of as it can; and what must not
 * follow each where it is marked (fragments.ts writtenPatterns): 之一 … 之六 after an article typed
 * as a word or written for a statute key, which is then another article (writtenIn), nothing after
 * a quoted phrase.
 */
export function writtenWordUnits(parsed: ParsedKeywords): {
  words: string[];
  units: number[];
  notFollowedBy: string[][];
} {
  const marked = (t: string) => t.length >= 2 && !/^[\d.%-]+$/.test(t) && !t.includes("#");
  const wordUnit = new Map<number, number>();
  const phraseUnit = new Map<number, number>();
  for (const [u, unit] of parsed.units.entries()) {
    for (const w of unit.words) wordUnit.set(w, u);
    for (const p of unit.phrases) phraseUnit.set(p, u);
  }
  // Each written form once, standing for the first unit that writes it; quoted anywhere, it is
  // marked wherever written.
  const seen = new Map<string, number>();
  const quoted = new Set<string>();
  const add = (text: string, unit: number) => {
    if (!seen.has(text)) seen.set(text, unit);
  };
  // parseKeywords puts every word and phrase it keeps in a unit; -1 only for a hand-made value.
  for (const [i, w] of parsed.words.entries()) {
    const unit = wordUnit.get(i) ?? -1;
    const tokens = BARE_ARTICLE.test(w.text) ? [] : w.tokens.filter(marked);
    for (const text of [w.text, ...tokens, ...w.tokens.flatMap(articleWritten)]) add(text, unit);
  }
  // A quoted phrase matches as written (buildKeywordSearch), so only as written is it marked: its
  // tokens in sequence would mark 携带凶器 for "携带的凶器", which the judge did not ask for.
  for (const [i, text] of parsed.phraseTexts.entries()) {
    add(text, phraseUnit.get(i) ?? -1);
    quoted.add(text);
  }
  const words = [...seen.keys()];
  const notFollowedBy = words.map((text) =>
    !quoted.has(text) && ENDS_IN_ARTICLE.test(text) ? ADDED_SUFFIXES : [],
  );
  return { words, units: [...seen.values()], notFollowedBy };
}

const HAN = "\\p{Script=Han}";
const TAGS = "(?:</?em>)*";
// A space next to a Han character (tags in between do not count) is a token boundary, not text.
const SPACE_NEAR_HAN = new RegExp(`(?<=${HAN}${TAGS}) +|(?: +)(?=${TAGS}${HAN})`, "gu");

/**
 * Segmented text back to readable text: removes the token-separating spaces next to Chinese
 * characters ("被告人 <em>盗窃</em> 财物" → "被告人<em>盗窃</em>财物"), keeps them between Latin
 * words and numbers.
 */
export function joinSegmented(fragment: string): string {
  return fragment.replace(SPACE_NEAR_HAN, "");
}

const HALF_TO_FULL: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};
// Punctuation next to a Chinese character (tags in between do not count) that folding made half-width.
// The `;` ending an HTML entity (the highlighter escapes: 元&#x2F;克) is not punctuation.
const HALF_WIDTH_NEAR_HAN = new RegExp(
  `(?<=${HAN}${TAGS})[,;:?!()]|(?<!&#?[0-9a-zA-Z]+)[,;:?!()](?=${TAGS}${HAN})`,
  "gu",
);

// A bracket pair without Latin letters inside, touching or holding a Chinese character: (2023)京01刑初1号.
// Highlight tags inside do not count as letters: （<em>2019</em>）.
const INSIDE = "(?:</?em>|[^()a-zA-Z])*";
const BRACKETS_NEAR_HAN = new RegExp(
  `(?<=${HAN}${TAGS}\\s?)\\((${INSIDE})\\)|\\((${INSIDE})\\)(?=${TAGS}${HAN})|\\((${INSIDE}${HAN}${INSIDE})\\)`,
  "gu",
);

/**
 * A fragment of the folded full text (text_chars) made readable again: the indexed copy is width
 * folded, so Chinese punctuation came back half-width ("查明,被告人"); next to Chinese characters it is
 * Chinese punctuation again ("查明，被告人"). Between Latin letters or digits it stays as it is.
 */
export function readableFragment(fragment: string): string {
  return fragment
    .replace(BRACKETS_NEAR_HAN, (m) => `（${m.slice(1, -1)}）`)
    .replace(HALF_WIDTH_NEAR_HAN, (c) => HALF_TO_FULL[c] ?? c);
}

/** Entity → the character it stands for (the fragments' own, src/search/queries/fragments.ts). */
const ENTITIES: Record<string, string> = Object.fromEntries(
  Object.entries(FRAGMENT_ENTITIES).map(([c, entity]) => [entity, c]),
);

/** A fragment's pieces: highlight tags, HTML entities (one character of text each), characters. */
const PIECES = new RegExp(`</?em>|${Object.keys(ENTITIES).join("|")}|[\\s\\S]`, "gu");

/** Shortest overlap (characters) accepted where a fragment runs past a section's start or end. */
const MIN_EDGE = 8;

/** A section as fragments are placed in it: width and case folded, whitespace left out. */
export function sectionKey(text: string): string {
  return foldWidthAndCase(text).replace(/\s+/g, "");
}

/**
 * The part of a full-text fragment that lies inside one of `sections` (see {@link sectionKey}), with
 * the marks of the words wholly inside it; undefined when none is. Fragment and section are spans of
 * one text, so they overlap in one span: the fragment whole (preferred), or — at least MIN_EDGE
 * characters long — where one begins or ends inside the other. Whitespace is left out of the
 * comparison: authoritative write-ups re-join their lines, so their sections space differently.
 */
export function withinSection(fragment: string, sections: readonly string[]): string | undefined {
  const pieces = fragment.match(PIECES) ?? [];
  let plain = "";
  let em = -1;
  let open = -1;
  // Each text piece: its offset in `plain` (-1: whitespace) and the mark it lies in (-1: none).
  const items: { piece: string; offset: number; mark: number }[] = [];
  for (const piece of pieces) {
    if (piece === "<em>") open = ++em;
    else if (piece === "</em>") open = -1;
    else if (/^\s$/u.test(piece)) items.push({ piece, offset: -1, mark: open });
    else {
      items.push({ piece, offset: plain.length, mark: open });
      plain += ENTITIES[piece] ?? piece;
    }
  }
  // Letters compare without case: sections are keyed lowercased, and text_chars keeps the judgment's
  // case since it is folded by width only (indices built before that hold it lowercased).
  const key = plain.replace(/[A-Z]/g, (c) => c.toLowerCase());
  let span: [number, number] | undefined;
  if (sections.some((section) => section.includes(key))) span = [0, plain.length];
  if (!span) {
    for (const section of sections) {
      const [from, to] = edgeOverlap(key, section);
      if (to - from >= MIN_EDGE && to - from > (span ? span[1] - span[0] : 0)) span = [from, to];
    }
  }
  if (!span) return undefined;
  const [from, to] = span;
  const first = items.findIndex((it) => it.offset >= from);
  let last = -1;
  for (const [k, it] of items.entries()) if (it.offset >= 0 && it.offset < to) last = k;
  if (first < 0 || last < first) return undefined;
  const kept = items.slice(first, last + 1);
  // A mark counts only when its whole word lies inside the section.
  const cut = new Set<number>();
  for (const [k, it] of items.entries()) if (it.mark >= 0 && (k < first || k > last)) cut.add(it.mark);
  let out = "";
  for (const [k, it] of kept.entries()) {
    const marked = it.mark >= 0 && !cut.has(it.mark);
    if (marked && kept[k - 1]?.mark !== it.mark) out += "<em>";
    out += it.piece;
    if (marked && kept[k + 1]?.mark !== it.mark) out += "</em>";
  }
  return out.includes("<em>") ? out : undefined;
}

/** The longest [from, to) of `text` where `section` begins or ends inside it (both spans of one text). */
function edgeOverlap(text: string, section: string): [number, number] {
  let best: [number, number] = [0, 0];
  const inside = text.indexOf(section);
  if (inside >= 0) best = [inside, inside + section.length];
  // The section ends inside the text: a head of the text is the section's tail.
  for (let j = Math.max(0, section.length - text.length); j < section.length; j++) {
    if (section.charCodeAt(j) === text.charCodeAt(0) && text.startsWith(section.slice(j))) {
      if (section.length - j > best[1] - best[0]) best = [0, section.length - j];
      break;
    }
  }
  // The section begins inside the text: a tail of the text is the section's head.
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) === section.charCodeAt(0) && section.startsWith(text.slice(i))) {
      if (text.length - i > best[1] - best[0]) best = [i, text.length];
      break;
    }
  }
  return best;
}

export interface KeywordHit extends Partial<Pick<JudgmentDocument, (typeof HIT_FIELDS)[number]>> {
  id: string;
  score: number | null;
  /** Part → fragments with <em> around matched words (HTML-escaped). */
  highlights: Partial<Record<SearchPart, string[]>>;
}

export interface KeywordPage {
  total: { value: number; relation: "eq" | "gte" };
  hits: KeywordHit[];
  facets?: Partial<Record<FacetName, { value: string; count: number }[]>>;
  nextCursor: string | null;
  query: ParsedKeywords & {
    /** Filter values that name no known charge (醉驾): matched as typed, they find nothing. */
    unrecognisedCharges?: string[];
    /** Filter values that name no cause of either catalogue (信息公开): matched as typed. */
    unrecognisedCauses?: string[];
    /** Court names no indexed court bears: matched as typed, they find nothing. */
    unrecognisedCourts?: string[];
  };
}

const FIELD_PARTS = {
  ...Object.fromEntries(Object.entries(PART_FIELDS).map(([p, f]) => [f, p])),
  [SUBSTRING_FIELD]: "text",
} as Record<string, SearchPart>;

/** What a hit's _source holds: the listed fields and, when a section was searched, its text. */
type KeywordSource = Partial<Omit<JudgmentDocument, "record">> & {
  record?: { sections?: Partial<JudgmentRecord["sections"]> };
};

/** A hit's {@link HIT_FIELDS}: from its binary doc values, or (before mappings v5) its stored record. */
function hitFields(
  hit: estypes.SearchHit<unknown>,
  stored: Partial<JudgmentDocument>,
): Partial<JudgmentDocument> {
  const card = readBinary<ResultCard>(hit, "card");
  if (!card) return stored;
  const all: Record<string, unknown> = { ...readBinary<RankingFields>(hit, "ranking"), ...card };
  const out: Record<string, unknown> = {};
  for (const field of HIT_FIELDS) if (all[field] !== undefined) out[field] = all[field];
  return out as Partial<JudgmentDocument>;
}

/** The engine's answer → one page of results (pure). */
export function readKeywordResponse(
  req: KeywordQuery,
  res: estypes.SearchResponse<KeywordSource>,
): KeywordPage {
  const raw = res.hits.hits;
  const page = raw.slice(0, req.size);
  const total = res.hits.total;
  const fields = partFields(req.parts);
  const sections = sectionParts(fields);
  const query = parseKeywords(req.q);
  const written = writtenWordUnits(query);
  const words = writtenPatterns(written.words, written.notFollowedBy);
  // Best first when sections take theirs from among them; else the best three in the text's order.
  const options: FragmentOptions =
    sections.length > 0
      ? { fragments: SECTION_FRAGMENTS, size: FRAGMENT_SIZE, order: "score" }
      : { fragments: FRAGMENTS, size: FRAGMENT_SIZE, order: "position" };
  const hits = page.map((hit): KeywordHit => {
    const highlights: KeywordHit["highlights"] = {};
    const text = (hit.fields?.[SUBSTRING_FIELD] as unknown[] | undefined)?.[0];
    const chars = typeof text === "string" ? writtenFragments(text, words, options, written.units) : [];
    if (fields.includes(PART_FIELDS.text) && chars.length > 0)
      highlights.text = chars.slice(0, FRAGMENTS).map(readableFragment);
    const { record, ...stored } = hit._source ?? {};
    const shown = hitFields(hit, stored);
    for (const part of sections) {
      // The full text's fragments (best first) placed in the part's sections — the sections joined
      // first (indictment, defence and findings follow each other), then each.
      const texts = PART_SECTIONS[part].flatMap((k) => {
        const text = record?.sections?.[k];
        return text ? [sectionKey(text)] : [];
      });
      const candidates = texts.length > 1 ? [texts.join(""), ...texts] : texts;
      const inside = new Set<string>();
      for (const f of candidates.length > 0 ? chars : []) {
        if (inside.size === FRAGMENTS) break;
        const piece = withinSection(f, candidates);
        if (piece) inside.add(piece);
      }
      if (inside.size > 0) {
        highlights[part] = [...inside].map(readableFragment);
        continue;
      }
      // Else the section's own text as written, else the engine's fragments of its segmented copy
      // (a match through tokens cut otherwise): those show the index's tokens (刑法#234, 2019-05-01)
      // without punctuation.
      const sectionText = PART_SECTIONS[part].flatMap((k) => record?.sections?.[k] ?? []).join("\n");
      const own = writtenFragments(
        foldWidth(sectionText),
        words,
        { ...options, fragments: FRAGMENTS, order: "position" },
        written.units,
      );
      const engine = hit.highlight?.[PART_FIELDS[part]] ?? [];
      if (own.length > 0) highlights[part] = own.map(readableFragment);
      else if (engine.length > 0) highlights[part] = engine.map(joinSegmented);
    }
    return {
      ...shown,
      id: shown.id ?? (hit._id as string),
      score: hit._score ?? null,
      highlights,
    };
  });
  const last = page.at(-1);
  const out: KeywordPage = {
    total:
      typeof total === "number"
        ? { value: total, relation: "eq" }
        : { value: total?.value ?? 0, relation: total?.relation ?? "eq" },
    hits,
    nextCursor: raw.length > req.size && last?.sort ? encodeCursor(req, last.sort) : null,
    query,
  };
  if (res.aggregations) {
    const facets: KeywordPage["facets"] = {};
    for (const name of Object.keys(FACETS) as FacetName[]) {
      const outer = res.aggregations[name] as Record<string, unknown> | undefined;
      // The year facet is a terms aggregation inside a filter (the dated judgments).
      const agg = (outer?.[name] ?? outer) as estypes.AggregationsStringTermsAggregate | undefined;
      const buckets = Array.isArray(agg?.buckets) ? agg.buckets : [];
      facets[name] = buckets.map((b) => ({ value: String(b.key_as_string ?? b.key), count: b.doc_count }));
    }
    out.facets = facets;
  }
  return out;
}
