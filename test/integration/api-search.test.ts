import { describe, expect, it } from "vitest";
import { SearchHit, SearchResponse } from "../../src/api/routes/search/schema.ts";
import { parseCaseNumber } from "../../src/judgment/case-number.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { normaliseStatutes } from "../../src/judgment/statutes.ts";
import { foundIds, indexedApi, record } from "./api-fixtures.ts";

const HAIDIAN = { court: "北京市海淀区人民法院", courtLevel: "基层", province: "北京" } as const;
const PUDONG = { court: "上海市浦东新区人民法院", courtLevel: "基层", province: "上海" } as const;

function theft(i: number): JudgmentRecord {
  const day = new Date(Date.UTC(2018, 0, 1) + i * 30 * 86_400_000).toISOString().slice(0, 10);
  const burglary = i % 5 === 0;
  const attempt = i % 7 === 3;
  const facts = `经审理查明，被告人于${day}${burglary ? "非法入户后盗窃" : "在商场盗窃"}他人手机一部，价值${1000 + i * 10}元。${attempt ? "因被发现而未遂。" : ""}`;
  return record({
    id: `theft-${String(i).padStart(2, "0")}`,
    title: `王某盗窃一案刑事判决书${i}`,
    ...(i % 2 === 0 ? HAIDIAN : PUDONG),
    category: "刑事",
    procedure: "一审",
    documentType: "判决书",
    // theft-24 states no date; its number's year (2019) is no decision date.
    ...(i === 24 ? { caseNumber: parseCaseNumber("（2019）京0108刑初24号") } : { decisionDate: day }),
    charges: ["盗窃罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 264 }],
    sections: {
      facts,
      reasoning: "本院认为，被告人以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。",
      disposition: "被告人犯盗窃罪，判处有期徒刑六个月。",
    },
    text: `${facts}本院认为，被告人以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。判决如下：被告人犯盗窃罪，判处有期徒刑六个月。`,
  });
}

const records: JudgmentRecord[] = [
  ...Array.from({ length: 25 }, (_, i) => theft(i)),
  record({
    id: "fraud-1",
    ...HAIDIAN,
    category: "刑事",
    decisionDate: "2020-05-05",
    charges: ["诈骗罪"],
    sections: { facts: "被告人虚构事实骗取被害人钱款五万元。" },
    text: "被告人虚构事实骗取被害人钱款五万元。本院认为其行为构成诈骗罪。",
  }),
  // 第一百三十三条之一 (危险驾驶) is an article of its own, not 第一百三十三条 (交通肇事).
  record({
    id: "drunk-1",
    ...PUDONG,
    category: "刑事",
    decisionDate: "2021-03-03",
    charges: ["危险驾驶罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 133, subArticle: 1 }],
    sections: {
      facts: "被告人醉酒后驾驶机动车在道路上行驶。",
      reasoning: "本院认为，依照《中华人民共和国刑法》第一百三十三条之一第一款之规定，其行为构成危险驾驶罪。",
    },
    text: "被告人醉酒后驾驶机动车在道路上行驶。本院认为，依照《中华人民共和国刑法》第一百三十三条之一第一款之规定，其行为构成危险驾驶罪。",
  }),
  record({
    id: "traffic-1",
    ...PUDONG,
    category: "刑事",
    decisionDate: "2021-04-04",
    charges: ["交通肇事罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 133 }],
    sections: { facts: "被告人驾驶机动车违反交通运输管理法规，发生重大事故，致一人死亡。" },
    text: "被告人驾驶机动车违反交通运输管理法规，发生重大事故，致一人死亡。本院认为其行为构成交通肇事罪。",
  }),
  // The same court as fraud-1's, spelled short (as some judgments of the real corpus write it).
  record({
    id: "fraud-2",
    court: "海淀区人民法院",
    courtLevel: "基层",
    category: "刑事",
    decisionDate: "2020-06-06",
    charges: ["诈骗罪"],
    sections: { facts: "被告人以投资为名收取被害人款项后挥霍。" },
    text: "被告人以投资为名收取被害人款项后挥霍。本院认为其行为构成诈骗罪。",
  }),
  // Two courts of one short name: 朝阳区人民法院 is Beijing's and Changchun's — and a third judgment
  // indexed under the short name alone (review15-search: the filter had found only such judgments).
  ...["北京市朝阳区人民法院", "吉林省长春市朝阳区人民法院", "朝阳区人民法院"].map((court, i) =>
    record({
      id: `damage-${i}`,
      court,
      courtLevel: "基层",
      category: "刑事",
      decisionDate: "2020-07-07",
      charges: ["故意毁坏财物罪"],
      sections: { facts: "被告人故意砸毁他人车辆。" },
      text: "被告人故意砸毁他人车辆。本院认为其行为构成故意毁坏财物罪。",
    }),
  ),
  record({ ...theft(40), id: "withdrawn-1", status: "withdrawn" }),
  record({ ...theft(41), id: "reversed-1", status: "reversed" }),
];

describe("POST /api/v1/search against a real Elasticsearch", () => {
  const { api } = indexedApi("apisearch", records);

  it("finds by keyword, counts total hits and facets, and excludes withdrawn and reversed judgments", async () => {
    const res = await api.call("/api/v1/search", { body: { q: "盗窃 手机" } });
    expect(res.status).toBe(200);
    expect(res.body.total).toEqual({ value: 25, relation: "eq" });
    expect(res.body.hits).toHaveLength(20);
    const ids = res.body.hits.map((h: { id: string }) => h.id);
    expect(ids).not.toContain("withdrawn-1");
    expect(ids).not.toContain("reversed-1");
    expect(res.body.facets.province).toEqual(
      expect.arrayContaining([
        { value: "北京", count: 13 },
        { value: "上海", count: 12 },
      ]),
    );
    expect(res.body.facets.charges).toEqual([{ value: "盗窃罪", count: 25 }]);
    // The OpenAPI document describes every field the response has (it is generated from these schemas).
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(SearchResponse.shape).sort());
    expect(Object.keys(SearchResponse.shape.query.shape)).toEqual(
      expect.arrayContaining(Object.keys(res.body.query)),
    );
    for (const hit of res.body.hits)
      expect(Object.keys(SearchHit.shape)).toEqual(expect.arrayContaining(Object.keys(hit)));
    expect(res.body.facets.year.map((b: { value: string }) => b.value)[0]).toBe("2019");
    // A year counts the judgments choosing it finds (by decision date): theft-24 states none.
    const years = res.body.facets.year as { value: string; count: number }[];
    expect(years.reduce((sum, b) => sum + b.count, 0)).toBe(24);
    for (const b of years) {
      const chosen = await api.call("/api/v1/search", {
        body: { q: "盗窃 手机", filters: { dateFrom: `${b.value}-01-01`, dateTo: `${b.value}-12-31` } },
      });
      expect(chosen.body.total.value, b.value).toBe(b.count);
    }
    const hit = res.body.hits[0];
    expect(hit).toMatchObject({ court: expect.any(String), courtLevel: "基层", status: "effective" });
    // Highlighted fragments read as normal Chinese text: no token spaces between characters.
    expect(hit.highlights.text[0]).toMatch(/<em>盗窃<\/em>/);
    expect(hit.highlights.text[0]).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
  });

  it("includes reversed and withdrawn judgments only when asked, each with its status to flag", async () => {
    const res = await api.call("/api/v1/search", {
      body: { q: "盗窃", filters: { includeIneffective: true }, size: 100 },
    });
    const status = Object.fromEntries(
      res.body.hits.map((h: { id: string; status: string }) => [h.id, h.status]),
    );
    expect(status["reversed-1"]).toBe("reversed");
    expect(status["withdrawn-1"]).toBe("withdrawn");
  });

  it("matches quoted phrases as phrases and drops exclusions", async () => {
    const phrase = await api.call("/api/v1/search", {
      body: { q: '"入户后盗窃"', parts: ["事实"], size: 100 },
    });
    expect(phrase.body.total.value).toBe(5);
    const excluded = await api.call("/api/v1/search", {
      body: { q: "盗窃 -未遂", parts: ["facts"], size: 100 },
    });
    expect(excluded.body.total.value).toBe(25 - 4);
    for (const hit of excluded.body.hits) expect(hit.highlights.facts.join("")).not.toContain("未遂");
  });

  it("finds any of words joined by OR or a bar, still requiring the other words", async () => {
    const ids = async (q: string) => {
      const res = await api.call("/api/v1/search", { body: { q, size: 100 } });
      expect(res.status, q).toBe(200);
      return (res.body.hits as { id: string }[]).map((h) => h.id).sort();
    };
    expect(await ids("骗取 OR 醉酒")).toEqual(["drunk-1", "fraud-1"]);
    expect(await ids("骗取|醉酒|砸毁")).toEqual(["damage-0", "damage-1", "damage-2", "drunk-1", "fraud-1"]);
    // Each unit must match: 被告人 is in all of them, 机动车 only in the traffic cases.
    expect(await ids('"醉酒后驾驶" OR 骗取 机动车')).toEqual(["drunk-1"]);
    const res = await api.call("/api/v1/search", { body: { q: "骗取 OR 醉酒" } });
    expect(res.body.query.units).toEqual([{ words: [0, 1], phrases: [] }]);
    // Quoted phrases either side of a bar; words joined to an exclusion are excluded too.
    expect(await ids('"醉酒后驾驶"|"虚构事实"')).toEqual(["drunk-1", "fraud-1"]);
    expect(await ids("被告人 -骗取|醉酒|砸毁 -盗窃|交通")).toEqual(["fraud-2"]);
  });

  it("applies filters: court, province, statute, date range and charge", async () => {
    const res = await api.call("/api/v1/search", {
      body: {
        q: "盗窃",
        filters: {
          provinces: ["北京"],
          statutes: ["中华人民共和国刑法#264"],
          charges: ["盗窃罪"],
          dateFrom: "2018-06-01",
          dateTo: "2019-06-30",
        },
        size: 100,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.total.value).toBeGreaterThan(0);
    for (const hit of res.body.hits) {
      expect(hit.province).toBe("北京");
      expect(hit.decisionDate >= "2018-06-01" && hit.decisionDate <= "2019-06-30").toBe(true);
    }
    const none = await api.call("/api/v1/search", { body: { q: "盗窃", filters: { charges: ["诈骗罪"] } } });
    expect(none.body.total.value).toBe(0);
  });

  it("tells an added article (之一) from its article, and takes charges and statutes as typed", async () => {
    const ids = async (filters: unknown) => {
      const res = await api.call("/api/v1/search", { body: { q: "驾驶", filters } });
      expect(res.status).toBe(200);
      return res.body.hits.map((h: { id: string }) => h.id).sort();
    };
    expect(await ids({ statutes: ["刑法#133-1"] })).toEqual(["drunk-1"]);
    expect(await ids({ statutes: ["《中华人民共和国刑法》#133"] })).toEqual(["traffic-1"]);
    expect(await ids({ statutes: ["刑法"] })).toEqual([]);
    expect(await ids({ charges: ["危险驾驶"] })).toEqual(["drunk-1"]);
    const hits = (await api.call("/api/v1/search", { body: { q: "驾驶" } })).body.hits;
    const statutes = Object.fromEntries(
      hits.map((h: { id: string; statutes: string[] }) => [h.id, h.statutes]),
    );
    expect(statutes).toEqual({ "drunk-1": ["刑法#133-1"], "traffic-1": ["刑法#133"] });
  });

  it("excludes a word of several tokens only where it is written, not wherever its tokens are", async () => {
    // Every theft's facts say 盗窃他人手机: 盗窃 and 手机, never 盗窃手机.
    const res = await api.call("/api/v1/search", {
      body: { q: "盗窃 -盗窃手机", parts: ["事实"], size: 100 },
    });
    expect(res.status).toBe(200);
    expect(res.body.total.value).toBe(25);
    const written = await api.call("/api/v1/search", {
      body: { q: "盗窃 -商场盗窃", parts: ["事实"], size: 100 },
    });
    expect(written.body.hits.map((h: { id: string }) => h.id)).toEqual(
      expect.not.arrayContaining(["theft-01", "theft-02"]),
    );
    expect(written.body.total.value).toBe(5); // the burglaries (入户后盗窃), one in five
  });

  it("finds a word jieba splits where it is written, not wherever its pieces are", async () => {
    // 持刀抢劫 is 持刀 抢劫 to jieba; fraud-1 says 虚构事实骗取被害人钱款: 虚构 … 钱款 are three tokens apart.
    const scattered = await api.call("/api/v1/search", { body: { q: "虚构钱款", parts: ["事实"] } });
    expect(scattered.status).toBe(200);
    expect(scattered.body.total.value).toBe(0);
    // Close together (within two tokens) it is found, in a section as over the full text.
    for (const parts of [["事实"], ["全文"]]) {
      const near = await api.call("/api/v1/search", { body: { q: "骗取钱款", parts } });
      expect(near.body.hits.map((h: { id: string }) => h.id)).toEqual(["fraud-1"]);
    }
  });

  it("finds a court under every spelling the index has it by, and refuses a name two courts bear", async () => {
    for (const court of ["北京市海淀区人民法院", "海淀区人民法院"]) {
      const res = await api.call("/api/v1/search", { body: { q: "诈骗罪", filters: { courts: [court] } } });
      expect(res.status, court).toBe(200);
      expect(res.body.hits.map((h: { id: string }) => h.id).sort(), court).toEqual(["fraud-1", "fraud-2"]);
    }
    const ambiguous = await api.call("/api/v1/search", {
      body: { q: "毁坏", filters: { courts: ["朝阳区人民法院"] } },
    });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.details[0].path).toBe("filters.courts.0");
    expect(ambiguous.body.error.message).toMatch(
      /北京市朝阳区人民法院.*吉林省长春市朝阳区人民法院|吉林省长春市朝阳区人民法院.*北京市朝阳区人民法院/,
    );
    const written = await api.call("/api/v1/search", {
      body: { q: "毁坏", filters: { courts: ["吉林省长春市朝阳区人民法院"] } },
    });
    expect(written.body.hits.map((h: { id: string }) => h.id)).toEqual(["damage-1"]);
  });

  it("finds an article typed as written in a section, where the text cites it after its law", async () => {
    const ids = async (q: string) =>
      (await api.call("/api/v1/search", { body: { q, parts: ["本院认为"] } })).body.hits.map(
        (h: { id: string }) => h.id,
      );
    expect(await ids("第一百三十三条之一")).toEqual(["drunk-1"]);
    // An added article (之一) is not its article.
    expect(await ids("第一百三十三条")).toEqual([]);
  });

  it("finds the judgment bearing a case number typed as a word, however its brackets, 第 and padding are written", async () => {
    const ids = async (q: string) =>
      (await api.call("/api/v1/search", { body: { q } })).body.hits.map((h: { id: string }) => h.id);
    for (const q of [
      "（2019）京0108刑初24号",
      "(2019)京0108刑初第024号",
      "[2019]京0108刑初24号",
      "2019京0108刑初24号",
    ])
      expect(await ids(q), q).toEqual(["theft-24"]);
  });

  it("says which filter values name no charge or indexed court, rather than an unexplained empty page", async () => {
    const res = await api.call("/api/v1/search", {
      body: { q: "盗窃", filters: { charges: ["醉驾", "盗窃"], courts: ["火星市人民法院"] } },
    });
    expect(res.status).toBe(200);
    expect(res.body.total.value).toBe(0);
    expect(res.body.query).toMatchObject({
      unrecognisedCharges: ["醉驾"],
      unrecognisedCourts: ["火星市人民法院"],
    });
    const known = await api.call("/api/v1/search", { body: { q: "盗窃", filters: { charges: ["盗窃"] } } });
    expect(known.body.query.unrecognisedCharges).toBeUndefined();
  });

  it("refuses filters it cannot apply, naming the field, rather than ignoring them", async () => {
    const refused = async (filters: unknown, path: string) => {
      const res = await api.call("/api/v1/search", { body: { q: "盗窃", filters } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      return res.body.error.message as string;
    };
    // A misspelt filter (courts) would otherwise show nationwide results as if filtered.
    expect(await refused({ court: "北京市海淀区人民法院" }, "filters.court")).toContain("court");
    expect(await refused({ ids: [] }, "filters.ids")).toMatch(/至少/);
    expect(await refused({ statutes: ["刑法#一百三十三"] }, "filters.statutes.0")).toContain("刑法#133-1");
    expect(await refused({ dateFrom: "2020-01-02", dateTo: "2020-01-01" }, "filters.dateTo")).toContain(
      "结束日期",
    );
  });

  it("pages through every hit with search_after cursors, no duplicates or gaps, in either sort", async () => {
    for (const sort of ["relevance", "date", "date_asc"] as const) {
      const seen: string[] = [];
      const dates: (string | undefined)[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await api.call("/api/v1/search", {
          body: { q: "盗窃", size: 8, sort, ...(cursor ? { cursor } : {}) },
        });
        expect(res.status).toBe(200);
        pages++;
        for (const hit of res.body.hits) {
          seen.push(hit.id);
          dates.push(hit.decisionDate);
        }
        cursor = res.body.nextCursor ?? undefined;
        if (pages > 1) expect(res.body.facets).toBeUndefined();
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(new Set(seen).size).toBe(25);
      const dated = dates.filter((d): d is string => d !== undefined);
      if (sort === "date") {
        expect(dated).toEqual([...dated].sort().reverse());
        expect(dates.at(-1)).toBeUndefined(); // the undated judgment comes last
      }
      if (sort === "date_asc") expect(dated).toEqual([...dated].sort());
    }
  });

  it("refuses a minus standing alone with a 400 on `q`, rather than search both words", async () => {
    // 盗窃 - 抢夺: an exclusion of 抢夺, or a dash between two words? It had searched 盗窃 and 抢夺.
    const res = await api.call("/api/v1/search", { body: { q: "盗窃 - 抢夺" } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", details: [{ path: "q" }] });
    expect(res.body.error.message).toContain("排除某词请将减号紧贴该词");
    const excluded = await api.call("/api/v1/search", { body: { q: "盗窃 -抢夺" } });
    expect(excluded.status).toBe(200);
  });

  it("rejects a cursor from another query with a 400 on `cursor`", async () => {
    const first = await api.call("/api/v1/search", { body: { q: "盗窃", size: 5 } });
    const res = await api.call("/api/v1/search", {
      body: { q: "手机", size: 5, cursor: first.body.nextCursor },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", details: [{ path: "cursor" }] });
  });
});

/** A judgment whose reasoning cites statutes, keyed as the indexer keys them. */
const citing = (id: string, reasoning: string) =>
  record({
    id,
    sections: { reasoning },
    text: `经审理查明，被告人作案一起。${reasoning}`,
    statutes: normaliseStatutes(reasoning),
  });

// The 1997 revision renumbered the Criminal Law (刑法 §452): 1979's §150 is 抢劫, today's §150 is
// another crime. The segmented text tokens both citations as 刑法#150; the statute keys tell them apart.
describe("keyword search tells a 1979 Criminal Law article from today's of the same number", () => {
  const oldReasoning =
    "本院认为，被告人张某甲以暴力劫取他人财物，依照1979年《中华人民共和国刑法》第一百五十条之规定。";
  const newReasoning =
    "本院认为，被告单位某某公司生产、销售伪劣产品，依照《中华人民共和国刑法》第一百五十条之规定。";
  const { api } = indexedApi("api1979", [citing("old", oldReasoning), citing("new", newReasoning)]);
  const ids = (body: unknown) => foundIds(api, body);

  it("finds today's article only where today's is cited, the 1979 one by its own key", async () => {
    expect(await ids({ q: "刑法#150" })).toEqual(["new"]);
    expect(await ids({ q: "刑法#150", parts: ["本院认为"] })).toEqual(["new"]);
    expect(await ids({ q: "刑法（1979年）#150" })).toEqual(["old"]);
    expect(await ids({ q: '"刑法(1979年)#150"', parts: ["本院认为"] })).toEqual(["old"]);
    expect(await ids({ q: "被告人 -刑法#150" })).toEqual(["old"]);
    // The article typed as written is any law's of that number (README: keyword search).
    expect(await ids({ q: "第一百五十条" })).toEqual(["new", "old"]);
  });
});

describe("a text a note dates (《刑事诉讼法》（1996年）) found by the key typed with its version", () => {
  // The 1996 text was renumbered in 2018 (src/judgment/statutes.ts LAST_RENUMBERED): its §189 is not
  // today's §189, and each judgment is found by its own.
  const datedReasoning =
    "本院认为，原判认定事实清楚，依照《中华人民共和国刑事诉讼法》（1996年修正）第一百八十九条第（一）项之规定。";
  const todayReasoning = "本院认为，依照《中华人民共和国刑事诉讼法》第一百八十九条之规定，裁定如下。";
  const { api } = indexedApi("apidated", [citing("dated", datedReasoning), citing("today", todayReasoning)]);
  const ids = (body: unknown) => foundIds(api, body);

  it("filters and searches by the dated key however its version is typed, today's by a later version", async () => {
    for (const typed of [
      "刑事诉讼法（1996年修正）#189",
      "刑事诉讼法(1996年)#189",
      "《刑事诉讼法》（1996年）第一百八十九条",
    ]) {
      expect(await ids({ q: "被告人", filters: { statutes: [typed] } }), typed).toEqual(["dated"]);
      // The keyword: the text's token, which segmentation reads past the note as the statutes field does.
      expect(await ids({ q: typed }), typed).toEqual(["dated"]);
    }
    expect(await ids({ q: "被告人", filters: { statutes: ["刑事诉讼法（2018年修正）#189"] } })).toEqual([
      "today",
    ]);
    expect(await ids({ q: "刑事诉讼法#189" })).toEqual(["today"]);
  });

  it("refuses a version it cannot read with a 400 naming it, rather than search a key no judgment has", async () => {
    const res = await api.call("/api/v1/search", {
      body: { q: "被告人", filters: { statutes: ["刑事诉讼法（1996年修正本）#189"] } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain("filters.statutes.0");
    expect(res.body.error.message).toContain("（1996年修正本）");
  });
});
