import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import { LeianError } from "../../errors.ts";
import { emptyRecord } from "../../judgment/record.ts";
import { tokensContaining } from "../../text/vocabulary.ts";
import { toJudgmentDocument } from "../documents.ts";
import { writtenFragments, writtenPatterns } from "./fragments.ts";

/** An engine answer holding `hits`, as readKeywordResponse reads it. */
const responseOf = (hits: estypes.SearchHit<unknown>[]) =>
  ({
    took: 1,
    timed_out: false,
    _shards: { total: 1, successful: 1, failed: 0 },
    hits: { hits },
  }) as estypes.SearchResponse<never>;

import {
  buildKeywordSearch,
  decodeCursor,
  encodeCursor,
  hitsWithoutDocValues,
  joinSegmented,
  parseKeywords,
  partFields,
  readableFragment,
  readKeywordResponse,
  sectionKey,
  withHitFieldsFromSource,
  withinSection,
  writtenWords,
  writtenWordUnits,
} from "./keyword.ts";

describe("parseKeywords", () => {
  it("segments plain words, keeps quoted phrases whole and reads a leading minus as exclusion", () => {
    const parsed = parseKeywords('盗窃 “入户 盗窃” -未遂 -"电动自行车"');
    expect(parsed.terms).toEqual(["盗窃"]);
    expect(parsed.phrases).toEqual([["入户", "盗窃"]]);
    expect(parsed.excludedTerms).toEqual([["未遂"]]);
    expect(parsed.excludedPhrases).toEqual([["电动", "自行车"]]);
  });

  it("keeps the phrases as typed, masked names and stop words without tokens, drops punctuation", () => {
    const parsed = parseKeywords('"醉酒驾驶" 杜某某 ， -"被告人李某某" 的');
    expect(parsed.phraseTexts).toEqual(["醉酒驾驶"]);
    expect(parsed.excludedPhraseTexts).toEqual(["被告人李某某"]);
    expect(parsed.words).toEqual([
      { text: "杜某某", tokens: [] },
      { text: "的", tokens: [] },
    ]);
  });

  it("reads a statute key typed as such as that key's token", () => {
    expect(parseKeywords("刑法#264").words).toEqual([{ text: "刑法#264", tokens: ["刑法#264"] }]);
    expect(parseKeywords("刑法＃１３３-1").words[0]?.tokens).toEqual(["刑法#133-1"]);
    expect(parseKeywords("-刑法#264").excludedTerms).toEqual([["刑法#264"]]);
    // Quoted, a key is still the key (review15-search: -"刑法#264" had excluded nothing).
    expect(parseKeywords('盗窃 -"刑法#264"').excludedTerms).toEqual([["刑法#264"]]);
    expect(parseKeywords('"刑法＃２６４"').words).toEqual([{ text: "刑法#264", tokens: ["刑法#264"] }]);
    expect(parseKeywords('"刑法#264"').phrases).toEqual([]);
  });

  it("searches every statute a word of several keys names, each as it is typed alone (刑法#264、刑法#67)", () => {
    const parsed = parseKeywords("刑法#264、刑法#67");
    // It had searched 刑法#264 alone.
    expect(parsed.words).toEqual([{ text: "刑法#264、刑法#67", tokens: ["刑法#264", "刑法#67"] }]);
    expect(parseKeywords('"刑法#264、刑法#67"').words).toEqual(parsed.words);
    expect(parseKeywords("-刑法#264、刑法#67").excludedTerms).toEqual([["刑法#264", "刑法#67"]]);
    // Both must be found, each where a word typed alone is: a list of articles is no choice among them.
    const clauses = (q: string, kind: "must" | "must_not") =>
      buildKeywordSearch({ q, size: 10 }).query?.bool?.[kind] as estypes.QueryDslQueryContainer[];
    const [clause] = clauses("刑法#264、刑法#67", "must");
    expect(clause).toEqual({
      bool: { must: [...clauses("刑法#264", "must"), ...clauses("刑法#67", "must")] },
    });
    expect(clauses("-刑法#264、刑法#67", "must_not")).toEqual([clause]);
    // Marked where the judgment writes either article.
    expect(writtenWords(parsed)).toEqual(expect.arrayContaining(["第二百六十四条", "第六十七条"]));
  });

  it("searches a citation typed without # as the keys it names, each needed (刑法第二百六十四条、第六十七条)", () => {
    // Its tokens had been its segmentation's, 刑法 刑法#264 刑法#67, within two positions of each other:
    // a judgment citing another article between them, or the two apart, was not found.
    const clauses = (q: string) => buildKeywordSearch({ q, size: 10 }).query?.bool?.must;
    for (const q of [
      "刑法第二百六十四条、第六十七条",
      "《刑法》第264条、第67条",
      "中华人民共和国刑法第二百六十四条及第六十七条",
    ]) {
      expect(parseKeywords(q).words[0]?.tokens, q).toEqual(["刑法#264", "刑法#67"]);
      expect(clauses(q), q).toEqual(clauses("刑法#264、刑法#67"));
    }
    // One article typed so is its key typed with #, the 1979 law's article left out as 刑法#150 leaves it.
    expect(parseKeywords("刑法第一百五十条").words).toEqual([
      { text: "刑法第一百五十条", tokens: ["刑法#150"] },
    ]);
    expect(JSON.stringify(clauses("刑法第一百五十条"))).toContain('"刑法（1979年）#150"');
    expect(parseKeywords("-刑法第二百六十四条").excludedTerms).toEqual([["刑法#264"]]);
    // Quoted, the characters as written; with other words, a word segmented as before; no law, any law's.
    expect(parseKeywords('"刑法第二百六十四条"').phraseTexts).toEqual(["刑法第二百六十四条"]);
    expect(parseKeywords("刑法第二百六十四条盗窃罪").words[0]?.tokens).toContain("盗窃罪");
    expect(parseKeywords("第二百六十四条").words[0]?.tokens).not.toContain("刑法#264");
  });

  it("refuses a word of statute keys holding words that name no statute, a 400 on q (盗窃、刑法#264)", () => {
    // It had been searched as the key 盗窃、刑法#264, which no judgment has.
    for (const q of ["盗窃、刑法#264", '"盗窃、刑法#264"', "抢劫 -盗窃、刑法#264"]) {
      let refused: unknown;
      try {
        parseKeywords(q);
      } catch (e) {
        refused = e;
      }
      expect(refused, q).toBeInstanceOf(LeianError);
      expect((refused as LeianError).details, q).toEqual([
        {
          path: "q",
          message:
            "检索词“盗窃、刑法#264”中的“盗窃”不是法条：法条与其他检索词之间请用空格分开，如“盗窃 刑法#264”",
        },
      ]);
    }
    expect(parseKeywords("盗窃 刑法#264").terms).toEqual(["盗窃", "刑法#264"]);
  });

  it("tells a 1979 Criminal Law key from today's key of the same article", () => {
    // The brackets as indexed, however typed.
    expect(parseKeywords("刑法(1979年)#150").words[0]?.tokens).toEqual(["刑法（1979年）#150"]);
    const query = (q: string) => JSON.stringify(buildKeywordSearch({ q, size: 10 }).query);
    // Both are cited as the token 刑法#150 in the segmented text; the statute keys tell them apart.
    const today = query("刑法#150");
    expect(today).toContain('"query":"刑法#150"');
    expect(today).toContain(
      '"must_not":[{"bool":{"filter":[{"term":{"statutes":"刑法（1979年）#150"}}],"must_not":[{"term":{"statutes":"刑法#150"}}]}}]',
    );
    const old = query("刑法（1979年）#150");
    expect(old).toContain('"query":"刑法#150"');
    expect(old).toContain('"filter":[{"term":{"statutes":"刑法（1979年）#150"}}]');
    // Another law's key is its token alone.
    expect(query("刑事诉讼法#15")).not.toContain('"statutes"');
  });

  it("joins words and phrases by OR or a bar into one unit, any of which will do", () => {
    const units = (q: string) => parseKeywords(q).units;
    expect(units("盗窃 抢夺")).toEqual([
      { words: [0], phrases: [] },
      { words: [1], phrases: [] },
    ]);
    for (const q of ["盗窃 OR 抢夺 手机", "盗窃|抢夺 手机", "盗窃 ｜ 抢夺 手机"]) {
      expect(units(q), q).toEqual([
        { words: [0, 1], phrases: [] },
        { words: [2], phrases: [] },
      ]);
    }
    expect(units('"入户盗窃"|扒窃')).toEqual([{ words: [0], phrases: [0] }]);
    expect(units('扒窃 OR "入户盗窃" OR 携带凶器')).toEqual([{ words: [0, 1], phrases: [0] }]);
    // An exclusion is never an alternative; OR at either end, or "or" in lower case, joins nothing.
    const excluded = parseKeywords("盗窃 OR -抢夺 手机");
    expect(excluded.excludedWords).toEqual(["抢夺"]);
    expect(excluded.units).toEqual([
      { words: [0], phrases: [] },
      { words: [1], phrases: [] },
    ]);
    expect(units("OR 盗窃 OR")).toEqual([{ words: [0], phrases: [] }]);
  });

  it("reads OR in any case or width and 或 alone as OR, AND as nothing more than a space", () => {
    for (const q of ["盗窃 or 抢夺", "盗窃 ＯＲ 抢夺", "盗窃 或 抢夺", "盗窃 AND OR 抢夺"])
      expect(parseKeywords(q).units, q).toEqual([{ words: [0, 1], phrases: [] }]);
    expect(parseKeywords("盗窃 AND 抢夺").units).toHaveLength(2);
    expect(parseKeywords("盗窃 AND 抢夺").words.map((w) => w.text)).toEqual(["盗窃", "抢夺"]);
  });

  it("gives each written form the query unit it stands for (review15-search)", () => {
    const { words, units } = writtenWordUnits(parseKeywords('盗窃 OR 抢夺 手机 "入户盗窃"'));
    const unitOf = (w: string) => units[words.indexOf(w)];
    expect(unitOf("盗窃")).toBe(unitOf("抢夺"));
    expect(unitOf("手机")).not.toBe(unitOf("盗窃"));
    expect(unitOf("入户盗窃")).not.toBe(unitOf("手机"));
    expect(words).toEqual(writtenWords(parseKeywords('盗窃 OR 抢夺 手机 "入户盗窃"')));
  });

  it("reads OR typed between Han characters without spaces as OR, 或 inside a word as text (review15)", () => {
    for (const q of ["盗窃OR抢夺 手机", "盗窃or抢夺 手机", "盗窃ＯＲ抢夺 手机"]) {
      const p = parseKeywords(q);
      expect(
        p.words.map((w) => w.text),
        q,
      ).toEqual(["盗窃", "抢夺", "手机"]);
      expect(p.units, q).toEqual([
        { words: [0, 1], phrases: [] },
        { words: [2], phrases: [] },
      ]);
    }
    expect(parseKeywords("-手机OR钱包 盗窃").excludedWords).toEqual(["手机", "钱包"]);
    // Latin letters elsewhere stay in the word: a brand, a model, 或 within Chinese.
    expect(parseKeywords("OPPO手机").words.map((w) => w.text)).toEqual(["oppo手机"]);
    expect(parseKeywords("ORACLE").words.map((w) => w.text)).toEqual(["oracle"]);
    expect(parseKeywords("盗窃或者抢夺").units).toHaveLength(1);
    expect(parseKeywords("盗窃或者抢夺").words).toHaveLength(1);
  });

  it("joins quoted phrases on either side of a bar, and excludes what is joined to an exclusion (review15)", () => {
    const quoted = parseKeywords('"入户盗窃"|"携带凶器"');
    expect(quoted.phraseTexts).toEqual(["入户盗窃", "携带凶器"]);
    expect(quoted.words).toEqual([]);
    expect(quoted.units).toEqual([{ words: [], phrases: [0, 1] }]);
    // -手机|钱包 and -手机 OR 钱包: neither; 盗窃 stays required.
    for (const q of ["盗窃 -手机|钱包", "盗窃 -手机 OR 钱包", "盗窃 -手机 | 钱包"]) {
      const p = parseKeywords(q);
      expect(p.excludedWords, q).toEqual(["手机", "钱包"]);
      expect(p.units, q).toEqual([{ words: [0], phrases: [] }]);
    }
    expect(parseKeywords('-"入户盗窃"|扒窃').excludedWords).toEqual(["扒窃"]);
    // A minus after a bar is an exclusion, never an alternative.
    const minus = parseKeywords("盗窃|-抢夺");
    expect(minus.excludedWords).toEqual(["抢夺"]);
    expect(minus.units).toEqual([{ words: [0], phrases: [] }]);
  });

  it("searches a word or phrase typed in traditional characters in simplified ones too, as an alternative", () => {
    const parsed = parseKeywords('盜竊 "攜帶的兇器" -搶劫 显著');
    expect(parsed.words.map((w) => w.text)).toEqual(["盜竊", "盗窃", "显著"]);
    expect(parsed.words[1]?.tokens).toEqual(["盗窃"]);
    expect(parsed.phraseTexts).toEqual(["攜帶的兇器", "携带的凶器"]);
    // An exclusion as typed only (below).
    expect(parsed.excludedWords).toEqual(["搶劫"]);
    expect(parsed.units).toEqual([
      { words: [0, 1], phrases: [] },
      { words: [], phrases: [0, 1] },
      { words: [2], phrases: [] },
    ]);
    // What the judgments write is marked.
    expect(writtenWords(parsed)).toEqual(expect.arrayContaining(["盗窃", "携带的凶器"]));
  });

  it("excludes a word or phrase as typed only, never its simplified form", () => {
    // 乾县 and 干县 are two places: OpenCC's 乾 → 干 must not take the second out with the first.
    const parsed = parseKeywords('盗窃 -乾县 -"乾县人民法院" -搶劫|昇某');
    expect(parsed.excludedWords).toEqual(["乾县", "搶劫", "昇某"]);
    expect(parsed.excludedPhraseTexts).toEqual(["乾县人民法院"]);
    expect(parsed.units).toEqual([{ words: [0], phrases: [] }]);
    const body = JSON.stringify(buildKeywordSearch({ q: "盗窃 -乾县", size: 10 }).query);
    expect(body).toContain("乾县");
    expect(body).not.toContain("干县");
  });

  it("treats an inner minus as text, and an unclosed quote as running to the end", () => {
    expect(parseKeywords("刑法#133-1").excludedTerms).toEqual([]);
    expect(parseKeywords("2019-2020").excludedWords).toEqual([]);
    expect(parseKeywords('"交通肇事罪 逃逸').phrases).toEqual([["交通肇事罪", "逃逸"]]);
    expect(parseKeywords('盗窃 "甲 - 乙"').phraseTexts).toEqual(["甲 - 乙"]);
  });

  it("refuses a minus standing alone, which may mean an exclusion or a dash: a 400 on q", () => {
    for (const q of ["盗窃 - 抢夺", "盗窃 － 抢夺", "盗窃 -", "- 盗窃", "盗窃 -|抢夺"]) {
      const err = (() => {
        try {
          buildKeywordSearch({ q, size: 10 });
        } catch (e) {
          return e;
        }
      })();
      expect(err, q).toBeInstanceOf(LeianError);
      expect((err as LeianError).message).toMatch(/减号“[-－]”单独出现/);
      expect((err as LeianError).code).toBe("invalid_request");
      expect((err as LeianError).details).toEqual([{ path: "q", message: (err as LeianError).message }]);
    }
    // Against its word, it excludes it.
    expect(parseKeywords("盗窃 -抢夺").excludedWords).toEqual(["抢夺"]);
  });

  it("finds quoted phrases, masked names and stop words as written over the full text", () => {
    const body = buildKeywordSearch({ q: '"醉酒驾驶" 杜某某 -"入户盗窃"', size: 10 });
    const bool = (body.query as { bool: { must: unknown[]; must_not: unknown[] } }).bool;
    const asWritten = (text: string) => ({
      constant_score: { filter: { match_phrase: { text_chars: text } }, boost: 1 },
    });
    // In the order typed.
    expect(bool.must[1]).toEqual(asWritten("杜某某"));
    // A quoted phrase is found as written only, its tokens in sequence scoring it (携带凶器 is no
    // match for "携带的凶器": segmentation drops the stop word).
    expect(bool.must[0]).toEqual({
      bool: {
        must: [asWritten("醉酒驾驶")],
        should: [{ bool: { should: [{ match_phrase: { text_seg: "醉酒驾驶" } }], minimum_should_match: 1 } }],
      },
    });
    expect(JSON.stringify(bool.must_not)).toContain(JSON.stringify(asWritten("入户盗窃")));
    expect(JSON.stringify(bool.must_not)).not.toContain('"should"');
  });

  it("refuses a query of punctuation, with the field", () => {
    const refusal = (q: string, parts?: string[]) => {
      try {
        buildKeywordSearch({ q, ...(parts ? { parts } : {}), size: 10 });
      } catch (error) {
        return error instanceof LeianError
          ? (error.details as { path: string; message: string }[])[0]
          : undefined;
      }
      return undefined;
    };
    expect(refusal("，。")).toMatchObject({ path: "q", message: expect.stringContaining("标点") });
    expect(refusal("杜某某")).toBeUndefined();
  });

  it("finds a masked name or a stop word within a section as written there (mappings v8), no longer refusing it", () => {
    const must = (q: string, parts: string[]) =>
      (
        buildKeywordSearch({ q, parts, size: 10 }).query as {
          bool: { must: unknown[]; must_not?: unknown[] };
        }
      ).bool;
    const inFacts = (text: string) => ({
      constant_score: {
        filter: { bool: { should: [{ match_phrase: { facts_chars: text } }], minimum_should_match: 1 } },
        boost: 1,
      },
    });
    expect(must("杜某某", ["事实"]).must).toEqual([inFacts("杜某某")]);
    expect(must("盗窃 -杜某某", ["事实"]).must_not).toContainEqual(inFacts("杜某某"));
    // A stop word has no token either; a quoted masked name is the same.
    expect(must("被告人 的", ["事实"]).must).toContainEqual(inFacts("的"));
    expect(must('"杜某某"', ["事实"]).must).toEqual([inFacts("杜某某")]);
  });

  it("finds a plain word within a section as written there; an article typed as written, as the articles it names", () => {
    const must = (q: string) =>
      JSON.stringify(
        (buildKeywordSearch({ q, parts: ["裁判结果"], size: 10 }).query as { bool: { must: unknown[] } }).bool
          .must,
      );
    // jieba keeps 故意伤害罪 whole: 伤害 is no token of it, nor one of the dictionary words containing 伤害.
    expect(must("伤害")).toContain('{"match_phrase":{"disposition_chars":"伤害"}}');
  });

  it("within a section, finds an article typed as written where written, not where 之 and a number make it an added article", () => {
    const must = (q: string) =>
      JSON.stringify(
        (buildKeywordSearch({ q, parts: ["裁判结果"], size: 10 }).query as { bool: { must: unknown[] } }).bool
          .must,
      );
    // 第一百三十三条 is written inside 第一百三十三条之一 (危险驾驶), another article than 交通肇事's: the
    // same check as over the full text, on the section's characters.
    for (const article of ["第一百三十三条", "第133条", "刑法第一百三十三条"]) {
      expect(must(article)).not.toContain(`{"match_phrase":{"disposition_chars":"${article}"}}`);
      expect(must(article)).toContain(
        `{"intervals":{"disposition_chars":{"match":{"query":"${article}","max_gaps":0,"ordered":true,"filter":{"not_overlapping":{"all_of":{"intervals":[{"match":{"query":"${article}之","max_gaps":0,"ordered":true}}`,
      );
    }
    // Its jieba tokens, which also stand in an added article written without its law, only on a
    // judgment of an index built before v8 (no section written as such); its statute keys anywhere.
    const tokens = '{"match_phrase":{"disposition_seg":{"query":"第 一百三十 三条","slop":2}}}';
    expect(must("第一百三十三条").split(tokens)).toHaveLength(2);
    expect(must("第一百三十三条")).toContain(
      `{"bool":{"must":[{"bool":{"should":[${tokens}],"minimum_should_match":1}}],"must_not":[{"exists":{"field":"facts_chars"}}`,
    );
    expect(must("第一百三十三条")).toContain('"刑法#133"');
    // Quoted, the characters as written, 之一 included.
    expect(must('"第一百三十三条"')).toContain('{"match_phrase":{"disposition_chars":"第一百三十三条"}}');
    expect(must('"第一百三十三条"')).not.toContain("intervals");
  });

  it("never passes query syntax through: operators are just text", () => {
    const body = buildKeywordSearch({ q: "盗窃 AND (title:x OR *)", size: 10 });
    const text = JSON.stringify(body.query);
    expect(text).not.toContain("query_string");
    expect(text).toContain("multi_match");
  });
});

describe("buildKeywordSearch", () => {
  it("sends an OR unit as one clause any of whose words will do", () => {
    const must = (q: string) =>
      (buildKeywordSearch({ q, size: 20 }).query as { bool: { must: unknown[] } }).bool.must;
    const joined = must("盗窃 OR 抢夺 手机");
    expect(joined).toHaveLength(2);
    // Scored as the better of the two: a judgment saying both is no better a match.
    expect(joined[0]).toEqual({ dis_max: { queries: [...must("盗窃"), ...must("抢夺")], tie_breaker: 0 } });
    expect(joined[1]).toEqual(must("手机")[0]);
  });

  it("maps Chinese part names to the segmented fields", () => {
    expect(partFields(["事实", "本院认为"])).toEqual(["facts_seg", "reasoning_seg"]);
    expect(partFields(undefined)).toEqual(["text_seg"]);
    expect(() => partFields(["附件"])).toThrow(LeianError);
  });

  it("puts words in must, phrases as match_phrase per part, exclusions in must_not, filters in filter", () => {
    const body = buildKeywordSearch({
      q: '盗窃 "入户 盗窃" -未遂',
      parts: ["facts", "裁判结果"],
      filters: { charges: ["盗窃罪"], dateFrom: "2018-01-01" },
      size: 20,
    });
    const bool = (body.query as { bool: Record<string, unknown[]> }).bool;
    const containing = tokensContaining("盗窃");
    expect(containing).toEqual(expect.arrayContaining(["盗窃罪", "入户盗窃", "多次盗窃"]));
    expect(containing).not.toContain("盗窃");
    const inSections = {
      bool: {
        should: [
          { match_phrase: { facts_seg: "入户 盗窃" } },
          { match_phrase: { disposition_seg: "入户 盗窃" } },
        ],
        minimum_should_match: 1,
      },
    };
    expect(bool.must).toEqual([
      {
        bool: {
          should: [
            {
              multi_match: {
                query: "盗窃",
                fields: ["facts_seg", "disposition_seg"],
                type: "cross_fields",
                operator: "and",
              },
            },
            // Written in one of the sections (mappings v8), scored as a constant; or — in a judgment
            // of an older index — as the dictionary words containing it.
            {
              bool: {
                should: [
                  {
                    constant_score: {
                      filter: {
                        bool: {
                          should: [
                            { match_phrase: { facts_chars: "盗窃" } },
                            { match_phrase: { disposition_chars: "盗窃" } },
                          ],
                          minimum_should_match: 1,
                        },
                      },
                      boost: 1,
                    },
                  },
                  {
                    bool: {
                      must: [
                        {
                          bool: {
                            should: [
                              { match: { facts_seg: { query: containing.join(" ") } } },
                              { match: { disposition_seg: { query: containing.join(" ") } } },
                            ],
                            minimum_should_match: 1,
                          },
                        },
                      ],
                      must_not: [
                        { exists: { field: "facts_chars" } },
                        { exists: { field: "reasoning_chars" } },
                        { exists: { field: "disposition_chars" } },
                      ],
                    },
                  },
                ],
                minimum_should_match: 1,
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
      // The phrase written within one of the sections (mappings v8), its tokens in sequence scoring;
      // or, in a judgment of an older index (no section's character field), written in the full
      // text with its tokens in sequence in the section.
      {
        bool: {
          should: [
            {
              bool: {
                must: [
                  {
                    constant_score: {
                      filter: {
                        bool: {
                          should: [
                            { match_phrase: { facts_chars: "入户 盗窃" } },
                            { match_phrase: { disposition_chars: "入户 盗窃" } },
                          ],
                          minimum_should_match: 1,
                        },
                      },
                      boost: 1,
                    },
                  },
                ],
                should: [inSections],
              },
            },
            {
              bool: {
                must: [
                  { bool: { filter: [{ match_phrase: { text_chars: "入户 盗窃" } }], must: [inSections] } },
                ],
                must_not: [
                  { exists: { field: "facts_chars" } },
                  { exists: { field: "reasoning_chars" } },
                  { exists: { field: "disposition_chars" } },
                ],
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
    // -未遂 excluded as its tokens and as written in the sections (an older index: as the words
    // containing it, 犯罪未遂, 未遂犯…).
    expect(bool.must_not).toHaveLength(2);
    expect(JSON.stringify(bool.must_not?.[1])).toContain('{"match_phrase":{"facts_chars":"未遂"}}');
    expect(JSON.stringify(bool.must_not?.[1])).toContain("犯罪未遂");
    expect(bool.filter).toContainEqual({ terms: { charges: ["盗窃罪"] } });
    expect(bool.filter).toContainEqual({ range: { decisionDate: { gte: "2018-01-01" } } });
    expect(bool.filter).toContainEqual({ term: { status: "effective" } });
    expect(body.size).toBe(21);
    // Each section from its own field, and from the full text as written (fragments inside the section).
    expect(Object.keys(body.highlight?.fields ?? {})).toEqual(["facts_seg", "disposition_seg"]);
    expect(body.stored_fields).toEqual(["text_chars"]);
    expect(body._source).toEqual({
      includes: expect.arrayContaining([
        "record.sections.claims",
        "record.sections.defence",
        "record.sections.facts",
        "record.sections.disposition",
      ]),
    });
    expect(Object.keys(body.aggs ?? {})).toContain("year");
  });

  it("takes a word of several tokens as an expression: its tokens close together, not anywhere", () => {
    const body = buildKeywordSearch({ q: "持刀抢劫 -暴力抗拒抓捕", parts: ["事实"], size: 10 });
    const bool = (body.query as { bool: { must: unknown[]; must_not: unknown[] } }).bool;
    expect(JSON.stringify(bool.must[0])).toContain(
      JSON.stringify({ match_phrase: { facts_seg: { query: "持刀 抢劫", slop: 2 } } }),
    );
    expect(JSON.stringify(bool.must[0])).not.toContain("cross_fields");
    // An exclusion stays exact: only the expression as written is taken out.
    expect(JSON.stringify(bool.must_not[0])).toContain(
      JSON.stringify({ match_phrase: { facts_seg: "暴力 抗拒 抓捕" } }),
    );
  });

  it("finds a case number typed as a word by the judgments bearing it, however padded or bracketed", () => {
    const body = buildKeywordSearch({ q: "(2014)嘉善刑初字第0272号", size: 10 });
    const must = JSON.stringify((body.query as { bool: { must: unknown[] } }).bool.must[0]);
    expect(must).toContain('"caseNumbers"');
    expect(must).toContain("（2014）嘉善刑初字第272号");
  });

  it("over the full text, lets each word match by its tokens or as written inside longer words", () => {
    const body = buildKeywordSearch({ q: "盗窃 ＡＢＣ公司", size: 10 });
    const must = (body.query as { bool: { must: unknown[] } }).bool.must;
    expect(must).toHaveLength(2);
    expect(must[0]).toEqual({
      bool: {
        should: [
          { multi_match: { query: "盗窃", fields: ["text_seg"], type: "cross_fields", operator: "and" } },
          // As written inside longer words (盗窃罪): whether it matches, not how well (scored as a constant).
          { constant_score: { filter: { match_phrase: { text_chars: "盗窃" } }, boost: 1 } },
        ],
        minimum_should_match: 1,
      },
    });
    // Width and case are folded the way the indexed text was.
    expect(JSON.stringify(must[1])).toContain('"text_chars":"abc公司"');
  });

  it("ranks an article typed as written by whether the judgment's legal basis applies it, matching as before", () => {
    type Unit = {
      bool: {
        must: unknown[];
        should: { constant_score: { filter: { terms: { statutes: string[] } }; boost: number } }[];
      };
    };
    const unit = (q: string, parts?: string[]) =>
      (buildKeywordSearch({ q, size: 10, ...(parts ? { parts } : {}) }).query as { bool: { must: Unit[] } })
        .bool.must[0] as Unit;
    for (const parts of [undefined, ["事实", "本院认为"]]) {
      const { bool } = unit("第一百三十三条", parts);
      // What matches is unchanged: the article's ways, one of them needed.
      expect(bool.must).toHaveLength(1);
      expect(JSON.stringify(bool.must)).toContain('"刑法#133"');
      const applied = bool.should[0]?.constant_score;
      expect(applied?.boost).toBe(2);
      // Any national law's article of that number, 农村土地承包法 included.
      expect(applied?.filter.terms.statutes).toContain("刑法#133");
      expect(applied?.filter.terms.statutes).toContain("农村土地承包法#133");
    }
    expect(unit("第一百三十三条之一").bool.should[0]?.constant_score.filter.terms.statutes).toContain(
      "刑法#133-1",
    );
    // Not an article typed with its law: that law's article alone (刑法#133, as typed with #), not ranked
    // by every law's. (Its query had held no statutes field at all; it now holds the 1979 law's key,
    // which 刑法#133 leaves out.)
    const withLaw = JSON.stringify(buildKeywordSearch({ q: "盗窃 刑法第一百三十三条", size: 10 }).query);
    expect(withLaw).not.toContain("农村土地承包法#133");
    expect(withLaw).not.toContain('"boost":2');
  });

  it("over the full text, finds an article typed as written where written, not where 之 and a number make it an added article", () => {
    const must = (q: string) =>
      JSON.stringify((buildKeywordSearch({ q, size: 10 }).query as { bool: { must: unknown[] } }).bool.must);
    const excluded = (q: string) =>
      JSON.stringify(
        (buildKeywordSearch({ q, size: 10 }).query as { bool: { must_not: unknown[] } }).bool.must_not,
      );
    // 第一百三十三条 is written inside 第一百三十三条之一 (危险驾驶), another article than 交通肇事's.
    for (const article of ["第一百三十三条", "第133条", "刑法第一百三十三条"]) {
      expect(must(article)).not.toContain(`{"match_phrase":{"text_chars":"${article}"}}`);
      expect(must(article)).toContain(
        `{"intervals":{"text_chars":{"match":{"query":"${article}","max_gaps":0,"ordered":true,"filter":{"not_overlapping":{"all_of":{"intervals":[{"match":{"query":"${article}之","max_gaps":0,"ordered":true}}`,
      );
      expect(excluded(`盗窃 -${article}`)).toContain(`"not_overlapping"`);
    }
    // Nor by its jieba tokens, which also stand in 第一百三十三条之一 written without its law.
    expect(must("第一百三十三条")).not.toContain("第 一百三十 三条");
    expect(must("第一百三十三条")).toContain('"刑法#133"');
    // 之一 … 之六 write an added article; 之规定 does not.
    expect(must("第133条")).toContain('{"match":{"query":"一","max_gaps":0,"ordered":true}}');
    expect(must("第133条")).toContain('{"match":{"query":"六","max_gaps":0,"ordered":true}}');
    expect(must("第133条")).not.toContain('"query":"规"');
    // The added article itself, a quoted article (the characters as written) and any other word, as written.
    expect(must("第一百三十三条之一")).toContain('{"match_phrase":{"text_chars":"第一百三十三条之一"}}');
    expect(must('"第一百三十三条"')).toContain('{"match_phrase":{"text_chars":"第一百三十三条"}}');
    expect(must('"第一百三十三条"')).not.toContain("intervals");
    expect(must("条款")).not.toContain("intervals");
  });

  it("highlights the full text from its stored copy, marking each word and phrase as written", () => {
    const body = buildKeywordSearch({ q: '醉酒 "入户盗窃" -抢劫', size: 10 });
    // Fragments are cut from the stored text (src/search/queries/fragments.ts), not by the engine.
    expect(body.highlight).toBeUndefined();
    expect(body.stored_fields).toEqual(["text_chars"]);
    expect(writtenWords(parseKeywords('醉酒 "入户盗窃" -抢劫'))).toEqual(["醉酒", "入户盗窃"]);
    expect(buildKeywordSearch({ q: "醉酒", size: 10, highlight: false }).stored_fields).toBeUndefined();
  });

  it("also marks a word's tokens, which it matched through where the text is written otherwise", () => {
    expect(writtenWords(parseKeywords("醉酒的"))).toEqual(["醉酒的", "醉酒"]);
    // Not a one-character token or a number.
    expect(writtenWords(parseKeywords("第二百六十四条"))).not.toContain("第");
  });

  it("marks a quoted phrase as written, never one of its words alone nor its words without a stop word", () => {
    const words = writtenWords(parseKeywords('"携带的凶器"'));
    expect(words).toEqual(["携带的凶器"]);
    const fragments = (text: string) =>
      writtenFragments(text, writtenPatterns(words), { fragments: 3, size: 160, order: "position" });
    expect(fragments("被告人携带财物。另查明其凶器一把。")).toEqual([]);
    // The phrase matches as written only (buildKeywordSearch): 携带凶器 is not what was asked for.
    expect(fragments("被告人携带凶器。")).toEqual([]);
    expect(fragments("被告人携带的凶器一把。")).toEqual(["被告人<em>携带的凶器</em>一把。"]);
  });

  it("marks an article typed as a word where written, not where 之 and a number make it an added article", () => {
    const text = "依照《中华人民共和国刑法》第一百三十三条之一、第一百三十三条第一款之规定。另第二十三条。";
    const marked = (q: string) => {
      const { words, notFollowedBy } = writtenWordUnits(parseKeywords(q));
      return writtenFragments(text, writtenPatterns(words, notFollowedBy), {
        fragments: 3,
        size: 160,
        order: "position",
      });
    };
    const paragraph =
      "依照《中华人民共和国刑法》第一百三十三条之一、<em>第一百三十三条</em>第一款之规定。另第二十三条。";
    // Typed, and written for a statute key (刑法第一百三十三条 → 刑法#133 → 第一百三十三条): nor its
    // tokens (一百三十, 三条), which it is not found by.
    expect(marked("第一百三十三条")).toEqual([paragraph]);
    expect(marked("刑法#133")).toEqual([paragraph]);
    expect(writtenWords(parseKeywords("第一百三十三条"))).toEqual(["第一百三十三条"]);
    // The added article itself, and a quoted article: the characters as written.
    expect(marked("第一百三十三条之一")).toEqual([
      "依照《中华人民共和国刑法》<em>第一百三十三条之一</em>、第一百三十三条第一款之规定。另第二十三条。",
    ]);
    expect(marked('"第一百三十三条"')[0]).toContain("<em>第一百三十三条</em>之一");
    expect(marked('第一百三十三条 "第一百三十三条"')[0]).toContain("<em>第一百三十三条</em>之一");
  });

  it("marks a statute key as the judgment writes its article", () => {
    const words = writtenWords(parseKeywords("刑法#264 刑法#133-1"));
    expect(words).toEqual(
      expect.arrayContaining(["第二百六十四条", "第264条", "第一百三十三条之一", "第133条之一"]),
    );
    expect(
      writtenFragments("依照《中华人民共和国刑法》第二百六十四条之规定。", writtenPatterns(words), {
        fragments: 3,
        size: 160,
        order: "position",
      }),
    ).toEqual(["依照《中华人民共和国刑法》<em>第二百六十四条</em>之规定。"]);
  });

  it("shows the best three full-text fragments in the text's order, as written", () => {
    // Sentences apart by more than a fragment's length: each is a fragment of its own.
    const apart = "另查明的其他情节与本案定罪量刑无关，".repeat(10);
    const text = [
      "公诉机关指控被告人盗窃。",
      "经审理查明,被告人醉酒后盗窃财物,价值6500元/件。",
      "被告人到超市后盗窃。",
      "被告人醉酒。",
    ].join(apart);
    const page = readKeywordResponse(
      { q: "醉酒 盗窃", size: 10 },
      responseOf([{ _index: "i", _id: "a", _score: 1, fields: { text_chars: [text] } }]),
    );
    // The one saying both words, the one saying the rarer (醉酒), then the earlier of the other two.
    expect(page.hits[0]?.highlights.text).toEqual([
      "公诉机关指控被告人<em>盗窃</em>。",
      // Sentences too long to show whole: from a clause boundary 10 to 40 characters before the match.
      "另查明的其他情节与本案定罪量刑无关，经审理查明，被告人<em>醉酒</em>后<em>盗窃</em>财物，价值6500元&#x2F;件。",
      "另查明的其他情节与本案定罪量刑无关，被告人<em>醉酒</em>。",
    ]);
  });

  it("gives Chinese punctuation back to full-text fragments, next to Chinese characters only", () => {
    expect(readableFragment("查明,被告人<em>醉酒</em>;(甲)称:1,5 ok,fine")).toBe(
      "查明，被告人<em>醉酒</em>；（甲）称：1,5 ok,fine",
    );
    expect(readableFragment("判决书 (2023)京0108刑初120号,见(a)项;f(x) (1)")).toBe(
      "判决书 （2023）京0108刑初120号，见（a）项；f(x) (1)",
    );
    // The highlighter's HTML entities stay whole.
    expect(readableFragment("每克300元&#x2F;克,&quot;冰毒&quot;;&amp;甲")).toBe(
      "每克300元&#x2F;克，&quot;冰毒&quot;;&amp;甲",
    );
    // Both brackets of a pair, the mark inside them: not one only.
    expect(readableFragment("(<em>2019</em>)京01刑初1号判决。")).toBe("（<em>2019</em>）京01刑初1号判决。");
  });

  it("shows a searched section as written: the full text's fragments inside the section, else its own", () => {
    const req = { q: "盗窃", parts: ["事实"], size: 10 };
    const hit = (id: string, facts: string | undefined, text: string) => ({
      _index: "i",
      _id: id,
      _score: 1,
      _source: { id, title: "甲盗窃一案", ...(facts ? { record: { sections: { facts } } } : {}) },
      highlight: { facts_seg: ["被告人 <em>盗窃</em> 财物"] },
      fields: { text_chars: [text] },
    });
    const page = readKeywordResponse(
      req,
      responseOf([
        hit(
          "a",
          "经审理查明：被告人盗窃财物，价值６,５００元/件。",
          "公诉机关指控被告人盗窃。经审理查明:被告人盗窃财物,价值6500元/件。",
        ),
        // No facts section recognised: the segmented fragments stand in.
        hit("b", undefined, "被告人盗窃"),
      ]),
    );
    expect(page.hits[0]?.highlights).toEqual({
      facts: ["经审理查明：被告人<em>盗窃</em>财物，价值6500元&#x2F;件。"],
    });
    expect(page.hits[1]?.highlights).toEqual({ facts: ["被告人<em>盗窃</em>财物"] });
    // The sections were read only to place fragments: they are not part of the result.
    expect(page.hits[0]).not.toHaveProperty("record");
  });

  it("cuts a section's fragments from its own text when none of the full text's lies in it", () => {
    // The full text's best fragments all lie elsewhere (an indictment repeating the word); the
    // section's own text, not the engine's fragments of its segmented copy (刑法#264, no punctuation).
    const req = { q: "盗窃", parts: ["本院认为"], size: 10 };
    const reasoning = "本院认为，被告人以非法占有为目的，窃取他人财物，其行为构成盗窃罪。";
    const page = readKeywordResponse(
      req,
      responseOf([
        {
          _index: "i",
          _id: "a",
          _score: 1,
          _source: { id: "a", record: { sections: { reasoning } } },
          highlight: { reasoning_seg: ["行为 构成 <em>盗窃罪</em> 刑法#264"] },
          fields: { text_chars: ["指控被告人盗窃。".repeat(20)] },
        },
      ]),
    );
    expect(page.hits[0]?.highlights.reasoning).toEqual([
      "本院认为，被告人以非法占有为目的，窃取他人财物，其行为构成<em>盗窃</em>罪。",
    ]);
  });

  it("cuts a full-text fragment to the part inside a section, keeping its marks balanced", () => {
    const fragment = "指控被告人<em>盗窃</em>。经审理查明,被告人<em>盗窃</em>财物&#x2F;件。本院<em>认为</em>";
    // The section lies inside the fragment.
    expect(withinSection(fragment, ["经审理查明,被告人盗窃财物/件。"])).toBe(
      "经审理查明,被告人<em>盗窃</em>财物&#x2F;件。",
    );
    // The section began before the fragment and ends inside it (8 characters in common).
    expect(withinSection(fragment, ["公诉机关指控被告人盗窃。"])).toBe("指控被告人<em>盗窃</em>。");
    // Too short an overlap at an edge is taken for chance, not for the section.
    expect(withinSection(fragment, ["本院认为被告人"])).toBeUndefined();
    expect(withinSection(fragment, ["上诉人不服"])).toBeUndefined();
    // A word cut by the section's start is not marked; the fragment counts only with a word inside.
    const sentence = "被告人甲<em>盗窃罪</em>成立,依法应予<em>惩处</em>,判处有期徒刑";
    expect(withinSection(sentence, ["窃罪成立,依法应予惩处,判处有期徒刑一年"])).toBe(
      "窃罪成立,依法应予<em>惩处</em>,判处有期徒刑",
    );
    expect(
      withinSection("被告人甲<em>盗窃罪</em>成立,依法应予惩处", ["窃罪成立,依法应予惩处,判处"]),
    ).toBeUndefined();
    // Letters compare without case: the fragment shows them as written, the section key is folded.
    expect(withinSection("被告人在<em>KTV</em>包厢内", [sectionKey("被告人在ＫＴＶ包厢内")])).toBe(
      "被告人在<em>KTV</em>包厢内",
    );
    // Whitespace does not count: write-ups re-join their lines differently from the text.
    expect(
      withinSection("经审理查明:\n  被告人<em>盗窃</em>", [sectionKey("经审理查明：被告人盗窃财物")]),
    ).toBe("经审理查明:\n  被告人<em>盗窃</em>");
    // A fragment wholly inside one of the sections is taken whole, before any edge match.
    expect(
      withinSection("被告人<em>张三</em>犯盗窃罪,判处拘役", [
        "公诉机关指控被告人张三",
        "被告人张三犯盗窃罪,判处拘役三个月",
      ]),
    ).toBe("被告人<em>张三</em>犯盗窃罪,判处拘役");
  });

  it("reads a hit's fields from its binary doc values, in the judgment's order; from _source before v5", () => {
    const record = {
      ...emptyRecord({
        id: "c1",
        source: "test",
        tier: "ordinary",
        text: "本院认为，被告人构成盗窃罪、诈骗罪。",
      }),
      title: "甲盗窃、诈骗一案",
      province: "浙江省",
      category: "刑事" as const,
      // Not in alphabetical order: a keyword's doc values would come back sorted.
      charges: ["盗窃罪", "诈骗罪"],
    };
    const doc = toJudgmentDocument(record);
    const body = buildKeywordSearch({ q: "盗窃", size: 10 });
    expect(body._source).toBe(false);
    expect(body.docvalue_fields).toEqual(["ranking", "card"]);
    const response = (hit: estypes.SearchHit<unknown>) => responseOf([hit]);
    const page = readKeywordResponse(
      { q: "盗窃", size: 10 },
      response({ _index: "i", _id: "c1", _score: 2, fields: { ranking: [doc.ranking], card: [doc.card] } }),
    );
    expect(page.hits[0]).toEqual({
      id: "c1",
      score: 2,
      highlights: {},
      title: "甲盗窃、诈骗一案",
      province: "浙江省",
      category: "刑事",
      tier: "ordinary",
      status: "effective",
      charges: ["盗窃罪", "诈骗罪"],
      causes: [],
      statutes: [],
    });
    // An index built before v5: the same search reading the stored record instead.
    const old = response({
      _index: "i",
      _id: "c1",
      _score: 2,
      _source: { id: "c1", title: "甲盗窃、诈骗一案" },
    });
    expect(hitsWithoutDocValues(old)).toBe(true);
    expect(withHitFieldsFromSource(body)._source).toEqual({
      includes: expect.arrayContaining(["title", "charges"]),
    });
    // Sections searched stay read from the record.
    const section = buildKeywordSearch({ q: "盗窃", parts: ["事实"], size: 10 });
    expect(withHitFieldsFromSource(section)._source).toEqual({
      includes: expect.arrayContaining(["title", "charges", "record.sections.facts"]),
    });
    expect(readKeywordResponse({ q: "盗窃", size: 10 }, old).hits[0]).toMatchObject({
      id: "c1",
      title: "甲盗窃、诈骗一案",
    });
  });

  it("matches everything (still filtered) when there are no words, without highlighting", () => {
    const body = buildKeywordSearch({ q: "", size: 5, sort: "date" });
    expect((body.query as { bool: { must: unknown[] } }).bool.must).toEqual([{ match_all: {} }]);
    expect(body.highlight).toBeUndefined();
  });

  it("always sorts with the id tiebreaker last", () => {
    for (const sort of ["relevance", "date", "date_asc"] as const) {
      const body = buildKeywordSearch({ q: "盗窃", size: 5, sort });
      expect((body.sort as unknown[]).at(-1)).toEqual({ id: { order: "asc" } });
    }
  });
});

describe("cursors", () => {
  const req = { q: "盗窃", size: 10 };
  it("round-trip and feed search_after; facets are skipped on later pages", () => {
    const cursor = encodeCursor(req, [3.2, 1500000000000, "abc"]);
    expect(decodeCursor({ ...req, cursor })).toEqual([3.2, 1500000000000, "abc"]);
    const body = buildKeywordSearch({ ...req, cursor });
    expect(body.search_after).toEqual([3.2, 1500000000000, "abc"]);
    expect(body.aggs).toBeUndefined();
  });

  it("reject garbage and cursors of another query with a 400 on `cursor`", () => {
    const cursor = encodeCursor(req, [1, 2, "x"]);
    for (const bad of [
      { ...req, q: "抢劫", cursor },
      { ...req, cursor: "not-a-cursor" },
      // Values of the wrong type for their sort keys (score, date, id), under the right fingerprint.
      { ...req, cursor: encodeCursor(req, ["x", 2, "x"]) },
      { ...req, cursor: encodeCursor(req, [1, "yesterday", "x"]) },
      { ...req, cursor: encodeCursor(req, [1, 2, 3]) },
      { ...req, cursor: encodeCursor(req, [null, 2, "x"]) },
    ]) {
      try {
        decodeCursor(bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LeianError);
        expect((error as LeianError).details).toEqual([{ path: "cursor", message: expect.any(String) }]);
      }
    }
  });
});

describe("joinSegmented", () => {
  it("removes token spaces next to Chinese characters, across highlight tags, and keeps Latin spacing", () => {
    expect(joinSegmented("被告人 <em>盗窃</em> 财物 价值 6500 元")).toBe("被告人<em>盗窃</em>财物价值6500元");
    expect(joinSegmented("abc def 公司")).toBe("abc def公司");
  });
});
