import { describe, expect, it } from "vitest";
import { explainableTerms, keyTermQueries, sharedKeyTerms } from "./key-terms.ts";

/** The queries asked for the terms a result may be explained by. */
const queriesFor = (terms: { term: string; weight: number }[]) => keyTermQueries(explainableTerms(terms));

describe("key shared terms", () => {
  it("asks for no number, date, amount, unit or single character on its own", () => {
    const queries = queriesFor([
      { term: "醉酒", weight: 1.692 },
      { term: "180", weight: 1 },
      { term: "毫克", weight: 1 },
      { term: "2017-05", weight: 1 },
      { term: "湘", weight: 3 },
      { term: "轿车", weight: 1 },
    ]);
    expect(queries).toEqual([
      { term: { facts_seg: { value: "醉酒", boost: 1.692, _name: "醉酒" } } },
      { term: { facts_seg: { value: "轿车", boost: 1, _name: "轿车" } } },
    ]);
  });

  it("asks for no place or person: a name two judgments share is no fact of the case", () => {
    const asked = queriesFor(
      ["长沙市", "朝阳区", "陈禾海", "李立梅", "梅于", "张某", "醉驾", "大柳塔", "轿车", "甲基苯丙胺"].map(
        (term) => ({ term, weight: 1 }),
      ),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["醉驾", "大柳塔", "轿车", "甲基苯丙胺"]);
  });

  it("asks for a fact jieba tags as a person's name when no surname begins it: 银行卡 is a fact", () => {
    const asked = queriesFor(
      ["银行卡", "支付宝", "望风", "勒索", "陈禾海", "李立梅", "越秀区", "鹿邑县", "时许", "查明"].map(
        (term) => ({
          term,
          weight: 1,
        }),
      ),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["银行卡", "支付宝", "望风", "勒索"]);
  });

  it("asks for no party role or word of the telling: every civil suit has a 原告 and a 被告", () => {
    const asked = queriesFor(
      ["原告", "被告", "被上诉人", "辩称", "诉至", "不是", "没有", "十倍", "中文标签", "借条"].map(
        (term) => ({
          term,
          weight: 1,
        }),
      ),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["十倍", "中文标签", "借条"]);
  });

  it("asks for no word of bringing a suit: every administrative suit 不服…，提起行政诉讼", () => {
    const asked = queriesFor(
      ["不服", "提起", "行政诉讼", "民事诉讼", "诉讼请求", "上诉", "下班", "不予认定", "听证"].map(
        (term) => ({
          term,
          weight: 1,
        }),
      ),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["下班", "不予认定", "听证"]);
  });

  it("asks for no count with its measure word, nor a unit glued to the word after it", () => {
    const asked = queriesFor(
      ["一部", "一台", "两包", "三张", "一户", "元及", "多次", "手机", "十倍", "银行卡"].map((term) => ({
        term,
        weight: 1,
      })),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["多次", "手机", "十倍", "银行卡"]);
  });

  it("asks for no charge or word of sentencing: they tell an earlier conviction, not the facts", () => {
    const asked = queriesFor(
      ["盗窃罪", "故意伤害罪", "有期徒刑", "判处", "缓刑", "刑满释放", "犯罪", "认罪", "殴打"].map(
        (term) => ({
          term,
          weight: 1,
        }),
      ),
    ).map((q) => (q?.term?.facts_seg as { value: string } | undefined)?.value);
    expect(asked).toEqual(["刑满释放", "犯罪", "认罪", "殴打"]);
  });

  it("ranks the terms a hit matched by their score, strongest first", () => {
    const hit = { matched_queries: { 驾驶: 2.5, 醉酒: 7.1, 轿车: 3.2, 被告人: 0.1, 酒精: 3.2 } };
    expect(sharedKeyTerms(hit)).toEqual(["醉酒", "轿车", "酒精", "驾驶", "被告人"]);
    expect(sharedKeyTerms(hit, 2)).toEqual(["醉酒", "轿车"]);
    expect(sharedKeyTerms({})).toEqual([]);
    expect(sharedKeyTerms({ matched_queries: ["醉酒"] })).toEqual([]);
  });
});
