import type { Client } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { keywordSearch } from "../../src/retrieval/keyword.ts";
import { toJudgmentDocument } from "../../src/search/documents.ts";
import { foundIds, indexedApi, record } from "./api-fixtures.ts";
import { judgmentsIndex } from "./helpers.ts";

/**
 * `records` as mappings v7 indexed them (no section written by characters), in `${prefix}old-v7`
 * behind the alias returned: the index a release before v8 left behind.
 */
async function v7Index(client: Client, prefix: string, records: JudgmentRecord[]): Promise<string> {
  const oldAlias = `${prefix}old`;
  const documents = Object.fromEntries(
    records.map((r) => {
      const { facts_chars: _f, reasoning_chars: _r, disposition_chars: _d, ...v7 } = toJudgmentDocument(r);
      return [r.id, v7];
    }),
  );
  await judgmentsIndex(client, { index: `${prefix}old-v7`, alias: oldAlias, version: 7, documents });
  return oldAlias;
}

// jieba keeps 入户盗窃 and 醉酒驾驶机动车 as single tokens: a judge typing 盗窃 or 醉酒驾驶 must still
// find those judgments.
describe("keyword search finds words inside longer tokens", () => {
  const burglary =
    "经审理查明，被告人张某某多次入户盗窃他人财物，价值人民币5000元，系第二次作案。依照《中华人民共和国刑法》第二百六十四条之规定。";
  const drunk = "经审理查明，被告人醉酒驾驶机动车在道路上行驶，血液中乙醇含量为150毫克/100毫升。";
  const bar = "经审理查明，被告人在ＫＴＶ包厢内与KTV服务员发生争执。";

  const { api } = indexedApi("apisub", [
    record({ id: "burglary", charges: ["盗窃罪"], sections: { facts: burglary }, text: burglary }),
    record({ id: "drunk", charges: ["危险驾驶罪"], sections: { facts: drunk }, text: drunk }),
    record({ id: "bar", charges: ["寻衅滋事罪"], sections: { facts: bar }, text: bar }),
  ]);

  const ids = (body: unknown) => foundIds(api, body);

  it("matches a word written inside a longer word, in the full text", async () => {
    expect(await ids({ q: "盗窃" })).toEqual(["burglary"]);
    expect(await ids({ q: "醉酒驾驶" })).toEqual(["drunk"]);
    expect(await ids({ q: "ＡＢＣ 盗窃" })).toEqual([]);
    expect(await ids({ q: "入户盗窃 -醉酒" })).toEqual(["burglary"]);
    expect(await ids({ q: "被告人 -醉酒" })).toEqual(["bar", "burglary"]);
    expect(await ids({ q: "被告人 -盗窃" })).toEqual(["bar", "drunk"]);
  });

  it("highlights the full text as written, a word inside a longer word included", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "醉酒 150毫克" } });
    expect(res.status).toBe(200);
    const [hit] = res.body.hits;
    expect(hit.id).toBe("drunk");
    // Punctuation and every word kept (segmented fragments had lost both); 醉酒 marked inside 醉酒驾驶.
    expect(hit.highlights.text).toEqual([
      "经审理查明，被告人<em>醉酒</em>驾驶机动车在道路上行驶，血液中乙醇含量为<em>150毫克</em>&#x2F;100毫升。",
    ]);
  });

  it("marks the words as written, not each one-character token wherever it stands", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "第二百六十四条" } });
    expect(res.status).toBe(200);
    const marked = (res.body.hits[0].highlights.text as string[]).join("");
    expect(marked).toContain("<em>第二百六十四条</em>");
    // 第 of 第二次 is no part of the word searched for.
    expect(marked).not.toContain("<em>第</em>二次");
  });

  it("matches Latin letters in any case and width, and highlights them as the judgment writes them", async () => {
    for (const q of ["ktv", "KTV", "ＫＴＶ"]) expect(await ids({ q })).toEqual(["bar"]);
    const res = await api.call("/api/v1/search", { body: { q: "ktv" } });
    expect(res.status).toBe(200);
    // Full-width letters come back half-width (the indexed copy is width folded), never lowercased.
    expect(res.body.hits[0].highlights.text).toEqual([
      "经审理查明，被告人在<em>KTV</em>包厢内与<em>KTV</em>服务员发生争执。",
    ]);
  });

  it("finds quoted phrases and masked names as written, and excludes them the same way", async () => {
    // A quoted phrase had matched by adjacent tokens only: "醉酒驾驶" found nothing (醉酒驾驶机动车 is one token).
    expect(await ids({ q: '"醉酒驾驶"' })).toEqual(["drunk"]);
    expect(await ids({ q: '被告人 -"醉酒驾驶"' })).toEqual(["bar", "burglary"]);
    // 被告人 is in all three; the masked name 张某某 in one only (segmentation drops masked names).
    expect(await ids({ q: "张某某" })).toEqual(["burglary"]);
    expect(await ids({ q: "被告人 -张某某" })).toEqual(["bar", "drunk"]);
    // A statute key typed as such finds the judgments citing it, not the number elsewhere.
    expect(await ids({ q: "刑法#264" })).toEqual(["burglary"]);
    const punctuation = await api.call("/api/v1/search", { body: { q: "，。" } });
    expect(punctuation.status).toBe(400);
    expect(punctuation.body.error.details[0].path).toBe("q");
    // Within a section, as written there (mappings v8); before, a 400 on q.
    expect(await ids({ q: "张某某", parts: ["事实"] })).toEqual(["burglary"]);
    expect(await ids({ q: '"张某某"', parts: ["本院认为"] })).toEqual([]);
    expect(await ids({ q: "被告人 -张某某", parts: ["事实"] })).toEqual(["bar", "drunk"]);
  });

  it("matches a single character wherever it is written, and excludes it the same way", async () => {
    // 窃 only inside 盗窃 (second half of a bigram), 醉 only at the start of 醉酒, 酒 in both halves.
    expect(await ids({ q: "窃" })).toEqual(["burglary"]);
    expect(await ids({ q: "醉" })).toEqual(["drunk"]);
    expect(await ids({ q: "财" })).toEqual(["burglary"]);
    expect(await ids({ q: "被告人 -窃" })).toEqual(["bar", "drunk"]);
    expect(await ids({ q: "盗窃他人" })).toEqual(["burglary"]);
    expect(await ids({ q: "人财" })).toEqual(["burglary"]);
    expect(await ids({ q: "窃醉" })).toEqual([]);
  });

  it("finds a word typed in traditional characters as the judgment writes it, in simplified ones", async () => {
    expect(await ids({ q: "盜竊" })).toEqual(["burglary"]);
    expect(await ids({ q: '"入戶盜竊"' })).toEqual(["burglary"]);
    expect(await ids({ q: "醉酒駕駛", parts: ["事实"] })).toEqual(["drunk"]);
    // An exclusion takes out what was typed only: the simplified text does not write 盜竊.
    expect(await ids({ q: "被告人 -盜竊" })).toEqual(["bar", "burglary", "drunk"]);
    expect(await ids({ q: "被告人 -盗窃" })).toEqual(["bar", "drunk"]);
    const res = await api.call("/api/v1/search", { body: { q: "盜竊" } });
    expect(res.body.hits[0].highlights.text.join("")).toContain("入户<em>盗窃</em>他人财物");
  });

  it("matches a word as written across the punctuation the text puts inside it", async () => {
    // 财物，价值 in the text: the character-indexed copy drops punctuation.
    expect(await ids({ q: "财物价值" })).toEqual(["burglary"]);
    expect(await ids({ q: '"财物价值"' })).toEqual(["burglary"]);
  });
});

// A search within a section shows that section as written (punctuation, stop words), not its
// segmented copy, and never a fragment from another section.
describe("keyword search within a section shows the section as written", () => {
  const claims = "公诉机关指控：被告人甲盗窃电动车一辆。";
  const facts = "经审理查明，被告人甲于深夜在小区内盗窃电动车一辆，价值人民币2,000元。";
  const reasoning = "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。";

  const { api } = indexedApi("apisection", [
    record({
      id: "sections-1",
      charges: ["盗窃罪"],
      sections: { claims, facts, reasoning },
      text: `${claims}${facts}${reasoning}`,
    }),
  ]);

  it("takes each part's fragments from that part of the text", async () => {
    const inFacts = await api.call("/api/v1/search", { body: { q: "电动车", parts: ["事实"] } });
    expect(inFacts.status).toBe(200);
    const factsFragments: string[] = inFacts.body.hits[0].highlights.facts;
    expect(factsFragments.length).toBeGreaterThan(0);
    // Indictment and findings both belong to the facts part; punctuation and 于/在 are kept.
    expect(factsFragments.join("")).toContain("经审理查明，被告人甲于深夜在小区内盗窃<em>电动车</em>一辆");
    expect(inFacts.body.hits[0]).not.toHaveProperty("record");

    const inReasoning = await api.call("/api/v1/search", { body: { q: "秘密窃取", parts: ["本院认为"] } });
    expect(inReasoning.body.hits[0].highlights.reasoning).toEqual([
      "本院认为，被告人甲以非法占有为目的，<em>秘密窃取</em>他人财物，其行为已构成盗窃罪。",
    ]);
  });
});

// Sections are indexed by tokens; jieba keeps 盗窃罪 and 醉酒驾驶机动车 whole. A judge restricting 盗窃
// to 本院认为 must still find 构成盗窃罪 (before: no hit at all for a reasoning that only names the charge).
describe("keyword search within a section finds a word inside the dictionary's longer words", () => {
  const theft = {
    facts: "经审理查明，被告人甲多次入户盗窃他人财物。",
    reasoning: "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。",
  };
  const drunk = {
    facts: "经审理查明，被告人乙醉酒驾驶机动车在道路上行驶。",
    reasoning: "本院认为，被告人乙在道路上驾驶机动车，其行为已构成危险驾驶罪，依法应予惩处。",
  };

  const { api } = indexedApi("apisectionsub", [
    record({ id: "theft", charges: ["盗窃罪"], sections: theft, text: `${theft.facts}${theft.reasoning}` }),
    record({
      id: "drunk",
      charges: ["危险驾驶罪"],
      sections: drunk,
      text: `${drunk.facts}${drunk.reasoning}`,
    }),
  ]);

  const ids = (body: unknown) => foundIds(api, body);

  it("matches 盗窃 in 盗窃罪 and 入户盗窃, 醉酒 in 醉酒驾驶机动车, within the section only", async () => {
    expect(await ids({ q: "盗窃", parts: ["本院认为"] })).toEqual(["theft"]);
    expect(await ids({ q: "盗窃", parts: ["事实"] })).toEqual(["theft"]);
    expect(await ids({ q: "醉酒", parts: ["事实"] })).toEqual(["drunk"]);
    // 醉酒 is written in the facts only.
    expect(await ids({ q: "醉酒", parts: ["本院认为"] })).toEqual([]);
    expect(await ids({ q: "危险驾驶", parts: ["本院认为"] })).toEqual(["drunk"]);
    // Exclusions reach the same words.
    expect(await ids({ q: "被告人 -盗窃", parts: ["本院认为"] })).toEqual(["drunk"]);
  });

  it("marks the word inside the longer word in the section's fragments", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "盗窃", parts: ["本院认为"] } });
    expect(res.body.hits[0].highlights.reasoning).toEqual([
      "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，其行为已构成<em>盗窃</em>罪。",
    ]);
  });
});

// Within a section a plain word had matched by its tokens or the dictionary words containing it:
// jieba keeps 故意伤害罪 whole (no dictionary word between 伤害 and it) and cuts 系醉酒后驾驶 as
// 系醉 酒后驾驶, so 伤害 in 裁判结果 and 醉酒 in 事实 found nothing there. Since mappings v8 it is
// found as the section writes it, as over the full text.
describe("keyword search within a section finds a plain word as that section writes it", () => {
  const injury = {
    facts: "经审理查明，被告人张某甲与李某乙发生争执，持木棒击打李某乙头部。",
    reasoning: "本院认为，被告人张某甲的行为已构成故意伤害罪。",
    disposition: "被告人张某甲犯故意伤害罪，判处有期徒刑一年。",
  };
  const drunk = {
    facts: "经审理查明，被告人王某丙饮酒后驾驶小型轿车在道路上行驶，系醉酒后驾驶机动车。",
    reasoning: "本院认为，被告人王某丙的行为已构成危险驾驶罪。",
    disposition: "被告人王某丙犯危险驾驶罪，判处拘役二个月。",
  };
  const records = [
    record({
      id: "injury",
      charges: ["故意伤害罪"],
      sections: injury,
      text: `${injury.facts}${injury.reasoning}${injury.disposition}`,
    }),
    record({
      id: "drunk",
      charges: ["危险驾驶罪"],
      sections: drunk,
      text: `${drunk.facts}${drunk.reasoning}${drunk.disposition}`,
    }),
  ];

  const { client, prefix, api } = indexedApi("apisecword", records);

  const ids = (body: unknown) => foundIds(api, body);

  it("finds the word where the section writes it, jieba's cut notwithstanding, and not in another section", async () => {
    expect(await ids({ q: "伤害", parts: ["裁判结果"] })).toEqual(["injury"]);
    expect(await ids({ q: "伤害", parts: ["本院认为"] })).toEqual(["injury"]);
    expect(await ids({ q: "醉酒", parts: ["事实"] })).toEqual(["drunk"]);
    expect(await ids({ q: "酒后", parts: ["事实"] })).toEqual(["drunk"]);
    // Written in other sections only.
    expect(await ids({ q: "伤害", parts: ["事实"] })).toEqual([]);
    expect(await ids({ q: "醉酒", parts: ["本院认为", "裁判结果"] })).toEqual([]);
    // An exclusion takes out what the section writes.
    expect(await ids({ q: "被告人 -伤害", parts: ["裁判结果"] })).toEqual(["drunk"]);
    expect(await ids({ q: "被告人 -醉酒", parts: ["事实"] })).toEqual(["injury"]);
    expect(await ids({ q: "被告人 -伤害", parts: ["事实"] })).toEqual(["drunk", "injury"]);
  });

  it("marks the word where the section writes it", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "伤害", parts: ["裁判结果"] } });
    expect(res.body.hits[0].highlights.disposition).toEqual([
      "被告人张某甲犯故意<em>伤害</em>罪，判处有期徒刑一年。",
    ]);
    const facts = await api.call("/api/v1/search", { body: { q: "醉酒", parts: ["事实"] } });
    expect(facts.body.hits[0].highlights.facts.join("")).toContain("系<em>醉酒</em>后驾驶机动车");
  });

  it("answers from an index of mappings v7 by the dictionary words containing the word, as before", async () => {
    const oldAlias = await v7Index(client, prefix, records);
    const found = async (q: string, parts: string[]) =>
      (await keywordSearch(client, oldAlias, { q, parts, size: 10 })).page.hits.map((h) => h.id).sort();
    // 危险驾驶罪 contains 危险驾驶; no dictionary word holding 伤害 is written in 裁判结果.
    expect(await found("危险驾驶", ["本院认为"])).toEqual(["drunk"]);
    expect(await found("伤害", ["裁判结果"])).toEqual([]);
    expect(await found("被告人 -危险驾驶", ["裁判结果"])).toEqual(["injury"]);
  });
});

// A word as written decides whether a judgment matches; the word as a token of its own, how well
// (src/search/queries/keyword.ts asWritten).
describe("keyword search ranks the word as a word above the word inside longer words", () => {
  const inside = "被告人多次入户盗窃，又入户盗窃，再次入户盗窃，共入户盗窃四次。";
  const own = "被告人盗窃他人财物。";

  const { api } = indexedApi("apisubrank", [
    record({ id: "inside", charges: ["盗窃罪"], sections: { facts: inside }, text: inside }),
    record({ id: "own", charges: ["盗窃罪"], sections: { facts: own }, text: own }),
  ]);

  it("finds both, the one saying 盗窃 as a word first however often the other says 入户盗窃", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "盗窃" } });
    expect(res.status).toBe(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual(["own", "inside"]);
    expect(res.body.hits[0].score).toBeGreaterThan(res.body.hits[1].score);
  });
});

// A quoted phrase is the judge asking for those exact characters: its segmented tokens drop the
// stop words, and "携带的凶器" had found a judgment saying only 携带凶器 (review of session 18).
describe("keyword search finds a quoted phrase as written, its stop words included", () => {
  const armed = {
    facts: "经审理查明，被告人张某甲事后将携带的凶器藏于车内。另查明，张某甲曾携带凶器入户。",
    reasoning: "本院认为，被告人张某甲的行为已构成抢劫罪。",
  };
  const plain = {
    facts: "经审理查明，被告人李某乙携带凶器抢夺他人财物。",
    reasoning: "本院认为，被告人李某乙的行为已构成抢劫罪。",
  };

  const { api } = indexedApi("apiquoted", [
    record({ id: "armed", charges: ["抢劫罪"], sections: armed, text: `${armed.facts}${armed.reasoning}` }),
    record({ id: "plain", charges: ["抢劫罪"], sections: plain, text: `${plain.facts}${plain.reasoning}` }),
  ]);

  const ids = (body: unknown) => foundIds(api, body);

  it("finds the judgment writing the phrase with its stop word, not the one without", async () => {
    expect(await ids({ q: '"携带的凶器"' })).toEqual(["armed"]);
    expect(await ids({ q: '"携带的凶器"', parts: ["事实"] })).toEqual(["armed"]);
    expect(await ids({ q: '被告人 -"携带的凶器"' })).toEqual(["plain"]);
    expect(await ids({ q: '被告人 -"携带的凶器"', parts: ["事实"] })).toEqual(["plain"]);
    // Unquoted, a word still finds its near forms.
    expect(await ids({ q: "携带的凶器" })).toEqual(["armed", "plain"]);
  });

  it("marks the phrase as written, not its words where the stop word is missing", async () => {
    for (const parts of [["全文"], ["事实"]]) {
      const res = await api.call("/api/v1/search", { body: { q: '"携带的凶器"', parts } });
      expect(res.status).toBe(200);
      const marked = JSON.stringify(res.body.hits[0].highlights);
      expect(marked).toContain("<em>携带的凶器</em>");
      expect(marked).not.toContain("<em>携带凶器</em>");
      expect(marked).not.toContain("<em>携带</em>凶器");
    }
  });
});

// Within a section a quoted phrase had to be written in the full text, its tokens (stop words
// dropped) in sequence in the section: "取得被害人的谅解" within 事实 found facts saying 取得被害人谅解
// when the reasoning wrote the phrase. Since mappings v8 each part's sections are indexed as written.
describe("keyword search finds a quoted phrase within a section as that section writes it", () => {
  const elsewhere = {
    claims: "公诉机关指控，被告人张某甲盗窃",
    facts: "财物一宗。经审理查明，被告人张某甲事后取得被害人谅解。",
    reasoning: "本院认为，被告人张某甲已取得被害人的谅解，可以从轻处罚。",
  };
  const inFacts = {
    facts: "经审理查明，被告人李某乙积极退赔，取得被害人的谅解。",
    reasoning: "本院认为，被告人李某乙的行为已构成盗窃罪，依法应予惩处。",
  };
  const records = [
    record({
      id: "elsewhere",
      charges: ["盗窃罪"],
      sections: elsewhere,
      text: `${elsewhere.claims}${elsewhere.facts}${elsewhere.reasoning}`,
    }),
    record({
      id: "in-facts",
      charges: ["盗窃罪"],
      sections: inFacts,
      text: `${inFacts.facts}${inFacts.reasoning}`,
    }),
  ];

  const { client, prefix, api } = indexedApi("apiphrasesec", records);

  const ids = (body: unknown) => foundIds(api, body);

  it("matches within 事实 only where the facts write it, and still in 全文 wherever it is written", async () => {
    const phrase = '"取得被害人的谅解"';
    expect(await ids({ q: phrase, parts: ["事实"] })).toEqual(["in-facts"]);
    expect(await ids({ q: phrase, parts: ["本院认为"] })).toEqual(["elsewhere"]);
    expect(await ids({ q: phrase, parts: ["事实", "本院认为"] })).toEqual(["elsewhere", "in-facts"]);
    expect(await ids({ q: phrase })).toEqual(["elsewhere", "in-facts"]);
    expect(await ids({ q: `盗窃 -${phrase}`, parts: ["事实"] })).toEqual(["elsewhere"]);
    // Unquoted, a word still finds its near forms by its tokens.
    expect(await ids({ q: "取得被害人的谅解", parts: ["事实"] })).toEqual(["elsewhere", "in-facts"]);
  });

  it("does not run a phrase from one section into the next", async () => {
    // The indictment ends with 盗窃 and the findings begin with 财物: one text, two sections.
    expect(await ids({ q: '"盗窃财物"' })).toEqual(["elsewhere"]);
    expect(await ids({ q: '"盗窃财物"', parts: ["事实"] })).toEqual([]);
  });

  it("still answers from an index of mappings v7, as it did, until it is rebuilt", async () => {
    const oldAlias = await v7Index(client, prefix, records);
    const found = async (q: string, parts?: string[]) =>
      (await keywordSearch(client, oldAlias, { q, ...(parts ? { parts } : {}), size: 10 })).page.hits
        .map((h) => h.id)
        .sort();
    // The phrase written in the full text, its tokens in sequence in the section: both, as before.
    expect(await found('"取得被害人的谅解"', ["事实"])).toEqual(["elsewhere", "in-facts"]);
    expect(await found('"取得被害人的谅解"')).toEqual(["elsewhere", "in-facts"]);
    expect(await found("谅解", ["本院认为"])).toEqual(["elsewhere"]);
  });
});

// OpenCC converts 乾 to 干, but 乾县 and 干县 are two places: excluding one must keep the other.
describe("keyword search excludes a word as typed, not its simplified form", () => {
  const qian = "经审理查明，被告人张某甲在乾县某村盗窃他人财物。";
  const gan = "经审理查明，被告人李某乙在干县某镇盗窃他人财物。";

  const { api } = indexedApi("apiexcl", [
    record({ id: "qian", charges: ["盗窃罪"], sections: { facts: qian }, text: qian }),
    record({ id: "gan", charges: ["盗窃罪"], sections: { facts: gan }, text: gan }),
  ]);

  const ids = (body: unknown) => foundIds(api, body);

  it("keeps 干县 when 乾县 is excluded, over the full text and within a section", async () => {
    expect(await ids({ q: "盗窃 -乾县" })).toEqual(["gan"]);
    expect(await ids({ q: '盗窃 -"乾县"' })).toEqual(["gan"]);
    expect(await ids({ q: "盗窃 -乾县", parts: ["事实"] })).toEqual(["gan"]);
    expect(await ids({ q: "盗窃 -干县" })).toEqual(["qian"]);
  });
});

// Written, 第一百三十三条 (交通肇事) is inside 第一百三十三条之一 (危险驾驶, an article added by an
// amendment): over 全文 a word typed as an article matched the added one as a substring of it.
describe("keyword search over the full text finds an article typed as written, not the article added after it", () => {
  const added =
    "经审理查明，被告人张某甲醉酒后驾驶小型轿车在道路上行驶。辩护人认为本案应适用第一百三十三条之一而非其他条款。本院认为，依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项之规定，其行为已构成危险驾驶罪。";
  const addedDigits =
    "经审理查明，被告人赵某丁醉酒后驾驶摩托车在道路上行驶。本院认为，依照《中华人民共和国刑法》第133条之一第一款之规定，其行为已构成危险驾驶罪。";
  const paragraph =
    "经审理查明，被告人李某乙驾驶货车违反交通运输管理法规，发生重大事故，致一人死亡。本院认为，依照《中华人民共和国刑法》第一百三十三条第一款之规定，其行为已构成交通肇事罪。";
  // The article written where no law is named before it (not keyed), besides the added article.
  const unkeyed =
    "经审理查明，被告人王某丙醉酒后驾驶机动车撞伤行人。辩护人提出，本案应按第一百三十三条之规定处理。本院认为，依照《中华人民共和国刑法》第一百三十三条之一第一款之规定，其行为已构成危险驾驶罪。";
  const judgment = (id: string, text: string) => record({ id, sections: { facts: text }, text });
  const records = [
    judgment("added", added),
    judgment("added-digits", addedDigits),
    judgment("paragraph", paragraph),
    judgment("unkeyed", unkeyed),
  ];

  const { client, prefix, api } = indexedApi("apiart", records);

  const ids = (q: string) => foundIds(api, { q });

  it("finds the article and its paragraphs wherever written, 之规定 included, and not 之一", async () => {
    expect(await ids("第一百三十三条")).toEqual(["paragraph", "unkeyed"]);
    expect(await ids("第133条")).toEqual(["paragraph"]);
    expect(await ids("刑法第一百三十三条")).toEqual(["paragraph"]);
    expect(await ids("被告人 -第一百三十三条")).toEqual(["added", "added-digits"]);
    expect(await ids("第一百三十三条之一")).toEqual(["added", "added-digits", "unkeyed"]);
  });

  it("keeps a quoted article the characters as written, an added article's included", async () => {
    expect(await ids('"第一百三十三条"')).toEqual(["added", "paragraph", "unkeyed"]);
    expect(await ids('"第133条"')).toEqual(["added-digits"]);
  });

  // Within a section the same: as the section writes it (mappings v8), not by its jieba tokens,
  // which also stand in an added article written without its law.
  it("within a section, finds the article where the section writes it, not 之一", async () => {
    const inFacts = (q: string) => foundIds(api, { q, parts: ["事实"] });
    expect(await inFacts("第一百三十三条")).toEqual(["paragraph", "unkeyed"]);
    expect(await inFacts("刑法第一百三十三条")).toEqual(["paragraph"]);
    expect(await inFacts("第133条")).toEqual(["paragraph"]);
    expect(await inFacts("被告人 -第一百三十三条")).toEqual(["added", "added-digits"]);
    expect(await inFacts('"第一百三十三条"')).toEqual(["added", "paragraph", "unkeyed"]);
  });

  it("on an index of mappings v7, within a section, still finds the article by its tokens", async () => {
    const oldAlias = await v7Index(client, prefix, records);
    const found = async (q: string) =>
      (await keywordSearch(client, oldAlias, { q, parts: ["事实"], size: 10 })).page.hits
        .map((h) => h.id)
        .sort();
    expect(await found("第一百三十三条")).toEqual(["added", "paragraph", "unkeyed"]);
  });

  it("marks the article where written, not inside 之一", async () => {
    for (const parts of [undefined, ["事实"]]) {
      const res = await api.call("/api/v1/search", { body: { q: "第一百三十三条", parts } });
      const hit = res.body.hits.find((h: { id: string }) => h.id === "unkeyed");
      const shown = (parts ? hit.highlights.facts : hit.highlights.text).join("");
      expect(shown).toContain("<em>第一百三十三条</em>之规定");
      expect(shown).toContain("依照《中华人民共和国刑法》第一百三十三条之一第一款");
      expect(shown).not.toContain("<em>一百三十</em>");
    }
  });
});

// An article typed as written scores as constants (as written, its keys): what ranks its judgments
// is whether their legal basis applies it, not their date.
describe("keyword search ranks the judgments applying an article typed as written above those only writing it", () => {
  const criminalLaw = "中华人民共和国刑法";
  // Newer, and writes the article keyed, but applies another: the indictment cited it.
  const mentioned = record({
    id: "mentioned",
    decisionDate: "2021-06-01",
    text: "公诉机关指控被告人张某甲的行为触犯《中华人民共和国刑法》第一百三十三条。经审理查明，被告人张某甲驾车后与被害人争执并将其打伤。本院认为，依照《中华人民共和国刑法》第二百三十四条第一款之规定，其行为构成故意伤害罪。",
    sections: { facts: "经审理查明，被告人张某甲驾车后与被害人争执并将其打伤。" },
    statutes: [{ law: criminalLaw, article: 234, paragraph: 1 }],
  });
  const applied = record({
    id: "applied",
    decisionDate: "2018-03-01",
    text: "经审理查明，被告人李某乙驾驶货车发生重大事故，致一人死亡。本院认为，依照《中华人民共和国刑法》第一百三十三条之规定，其行为构成交通肇事罪。",
    sections: { facts: "经审理查明，被告人李某乙驾驶货车发生重大事故，致一人死亡。" },
    statutes: [{ law: criminalLaw, article: 133 }],
  });

  const { api } = indexedApi("apiartrank", [mentioned, applied]);

  it("puts the judgment whose legal basis cites the article first, however dated", async () => {
    for (const q of ["第一百三十三条", "第133条", "被告人 第一百三十三条"]) {
      const res = await api.call("/api/v1/search", { body: { q } });
      expect(res.status).toBe(200);
      expect(res.body.hits.map((h: { id: string }) => h.id)).toEqual(["applied", "mentioned"]);
    }
    // Scoring only: a legal basis applying it does not make a judgment whose facts do not write it match.
    const res = await api.call("/api/v1/search", { body: { q: "第一百三十三条", parts: ["事实"] } });
    expect(res.body.hits).toEqual([]);
  });
});
